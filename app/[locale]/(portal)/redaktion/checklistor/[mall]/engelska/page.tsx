import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import {
  EnglishBlock,
  EnglishStatus,
  headTexts,
  itemTexts,
  sectionTexts,
} from '@/components/checklist-editor/english-block';
import { PublishForm } from '@/components/checklist-editor/template-revisions';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { translationStatuses } from '@/lib/checklist/translation-edit';
import { getTemplateForEditor } from '@/lib/data/checklist-templates';
import { defaultLocale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorTemplates'))('english.metaTitle') };
}

// The template's English version, text block by text block, each against the Swedish text as it
// is now. The template's own texts are Swedish content, marked so on a page in either language.
export default async function TemplateEnglishPage({ params }: { params: Promise<{ mall: string }> }) {
  const { mall } = await params;
  await requireContentEditor(`/redaktion/checklistor/${mall}/engelska`);
  const template = await getTemplateForEditor(mall);
  if (!template) notFound();
  const t = await getTranslations('editorTemplates');
  const { snapshot, number } = template.latest;
  const en = snapshot.translations?.en;
  const status = translationStatuses(snapshot, 'en');
  const all = [status.head, ...Object.values(status.sections), ...Object.values(status.items)];
  const counted = (s: string) => all.filter((x) => x === s).length;
  const ref = { templateId: template.id, version: template.version };
  const sv = defaultLocale;
  return (
    <>
      <p className="mb-4">
        <Link href={`/redaktion/checklistor/${mall}`}>{t('english.back')}</Link>
      </p>
      <PageHeader title={t('english.title')} lead={t('english.lead')}>
        <p className="mt-3 text-lg font-medium break-words" lang={sv}>
          {snapshot.title}
        </p>
        <div className="mt-4 space-y-3 rounded border border-brand-100 bg-brand-50 p-4" id="versionsstatus">
          <p>{t('english.publishing')}</p>
          {template.publishedNumber === number ? null : (
            <>
              <p>{t('template.unpublished', { number: String(number) })}</p>
              <PublishForm {...ref} number={number} />
            </>
          )}
        </div>
        <p className="mt-4">{t('english.progress')}</p>
        <ul className="mt-1 list-disc pl-6">
          <li>{t('english.progressCurrent', { count: counted('current') })}</li>
          <li>{t('english.progressOutdated', { count: counted('outdated') })}</li>
          <li>{t('english.progressMissing', { count: counted('missing') })}</li>
        </ul>
      </PageHeader>
      <section aria-labelledby="engelska-mall-rubrik" className="mb-10">
        <h2 id="engelska-mall-rubrik" className="mb-2 text-xl font-semibold">
          {t('english.head')}
        </h2>
        <p className="mb-4">
          <EnglishStatus status={status.head} />
        </p>
        <EnglishBlock {...ref} block={{ kind: 'head' }} status={status.head} texts={headTexts(snapshot, en)} />
      </section>
      {snapshot.sections.map((section) => (
        <section key={section.key} aria-labelledby={`avsnitt-${section.key}`} className="mb-10">
          <h2 id={`avsnitt-${section.key}`} className="mb-4 text-xl font-semibold break-words">
            <span lang={sv}>{section.title}</span>
          </h2>
          <h3 className="mb-2 text-lg font-semibold">{t('english.sectionTexts')}</h3>
          <p className="mb-4">
            <EnglishStatus status={status.sections[section.key]!} />
          </p>
          <EnglishBlock
            {...ref}
            block={{ kind: 'section', key: section.key }}
            status={status.sections[section.key]!}
            texts={sectionTexts(section, en)}
          />
          <h3 className="mt-8 mb-2 text-lg font-semibold">{t('english.items')}</h3>
          <ul className="space-y-2">
            {section.items.map((item) => (
              <li key={item.key}>
                <details id={`punkt-${item.key}`} className="rounded border border-slate-200 p-3">
                  <summary className="cursor-pointer break-words">
                    <span lang={sv}>{item.title}</span> <span className="text-sm text-slate-600">({item.key})</span>
                    <span className="mt-1 block">
                      <EnglishStatus status={status.items[item.key]!} />
                    </span>
                  </summary>
                  <div className="mt-4">
                    <EnglishBlock
                      {...ref}
                      block={{ kind: 'item', key: item.key }}
                      status={status.items[item.key]!}
                      texts={itemTexts(item, en)}
                    />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
