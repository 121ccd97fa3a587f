import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { RemoveTemplateItemForm, TemplateItemForm } from '@/components/checklist-editor/template-item-form';
import { PublishForm } from '@/components/checklist-editor/template-revisions';
import { RevisionTable } from '@/components/checklist-editor/revision-table';
import { TemplateSectionForm } from '@/components/checklist-editor/template-section-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { getTemplateForEditor, listLinkableCourses } from '@/lib/data/checklist-templates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorTemplates'))('template.metaTitle') };
}

export default async function TemplateEditorPage({ params }: { params: Promise<{ mall: string }> }) {
  const { mall } = await params;
  await requireContentEditor(`/redaktion/checklistor/${mall}`);
  const [template, courses] = await Promise.all([getTemplateForEditor(mall), listLinkableCourses()]);
  if (!template) notFound();
  const t = await getTranslations('editorTemplates');
  // The template's texts are the Swedish ones the editor edits (its English version is kept apart).
  const sv = passageLang((await getLocale()) as Locale);
  const { snapshot } = template.latest;
  const ref = { templateId: template.id, version: template.version };
  const sections = snapshot.sections.map((s) => ({ key: s.key, title: s.title }));
  const unpublished = template.publishedNumber !== template.latest.number;
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <>
      <p className="mb-4">
        <Link href="/redaktion/checklistor">{t('template.back')}</Link>
      </p>
      <PageHeader title={<span lang={sv}>{snapshot.title}</span>} lead={t('template.lead')}>
        <p className="mt-3">
          <Link href={`/redaktion/checklistor/${mall}/engelska`}>{t('template.english')}</Link>
        </p>
        <div className="mt-4 rounded border border-brand-100 bg-brand-50 p-4" id="versionsstatus">
          <p>
            {t.rich('template.status', {
              latest: String(template.latest.number),
              published: template.publishedNumber === null ? t('list.none') : String(template.publishedNumber),
              strong,
            })}
          </p>
          {unpublished ? (
            <div className="mt-3 space-y-2">
              <p>{t('template.unpublished', { number: String(template.latest.number) })}</p>
              <PublishForm {...ref} number={template.latest.number} />
            </div>
          ) : null}
        </div>
      </PageHeader>
      {snapshot.sections.map((section) => (
        <section key={section.key} aria-labelledby={`sec-${section.key}`} className="mb-10">
          <h2 id={`sec-${section.key}`} className="mb-2 text-xl font-semibold">
            <span lang={sv}>{section.title}</span>{' '}
            {section.optional ? (
              <span className="text-base font-normal text-slate-700">{t('template.optionalSection')}</span>
            ) : null}
          </h2>
          <details className="mb-3 rounded border border-slate-200 p-3">
            <summary className="cursor-pointer font-medium">{t('template.editSection')}</summary>
            <div className="mt-3">
              <TemplateSectionForm {...ref} section={section} />
            </div>
          </details>
          <ul className="space-y-2">
            {section.items.map((item) => (
              <li key={item.key}>
                <details className="rounded border border-slate-200 p-3">
                  <summary className="cursor-pointer">
                    <span lang={sv}>{item.title}</span> <span className="text-sm text-slate-600">({item.key})</span>
                  </summary>
                  <div className="mt-3">
                    <TemplateItemForm
                      {...ref}
                      sectionKey={section.key}
                      sections={sections}
                      courses={courses}
                      item={item}
                    />
                    <RemoveTemplateItemForm {...ref} itemKey={item.key} />
                  </div>
                </details>
              </li>
            ))}
            <li>
              <details className="rounded border border-dashed border-slate-400 p-3">
                <summary className="cursor-pointer font-medium">{t('template.addItem')}</summary>
                <div className="mt-3">
                  <TemplateItemForm
                    {...ref}
                    sectionKey={section.key}
                    sections={sections}
                    courses={courses}
                    item={null}
                  />
                </div>
              </details>
            </li>
          </ul>
        </section>
      ))}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">
          {t('versions')}
        </h2>
        <RevisionTable {...ref} revisions={template.revisions} />
      </section>
    </>
  );
}
