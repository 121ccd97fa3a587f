import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { listTemplates } from '@/lib/data/checklist-templates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorTemplates'))('list.title') };
}

export default async function TemplatesPage() {
  await requireContentEditor('/redaktion/checklistor');
  const templates = await listTemplates();
  const t = await getTranslations('editorTemplates.list');
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">{t('caption')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('template')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('article')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('latest')}
            </th>
            <th scope="col" className="py-2">
              {t('published')}
            </th>
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={template.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                {/* The template's own (Swedish) title: the one the editor edits. */}
                <Link href={`/redaktion/checklistor/${template.key}`} lang={passageLang(locale)}>
                  {template.title}
                </Link>
              </th>
              <td className="py-2 pr-4">{template.article}</td>
              <td className="py-2 pr-4">{template.latest}</td>
              <td className="py-2">{template.published ?? t('none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
