import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { audienceOrder, audienceToKey } from '@/lib/audiences';
import { requireContentEditor } from '@/lib/auth/guards';
import { listPaths } from '@/lib/data/learning';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorLearning.paths'))('metaTitle') };
}

export default async function EditorPathsPage() {
  await requireContentEditor('/redaktion/larvagar');
  const paths = await listPaths();
  const t = await getTranslations('editorLearning.paths');
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <ul className="list-disc space-y-1 pl-6">
        {audienceOrder.map((a) => {
          const path = paths.find((p) => p.audience === a);
          return path ? (
            <li key={a}>
              <Link href={`/redaktion/larvagar/${audienceToKey[a]}`} lang={passageLang(locale)}>
                {path.title}
              </Link>{' '}
              {t('courseCount', { count: path.courses.length })}
            </li>
          ) : null;
        })}
      </ul>
    </>
  );
}
