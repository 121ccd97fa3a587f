import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AreaSection } from '@/components/self-assessment-editor/area-section';
import { LevelsForm } from '@/components/self-assessment-editor/levels-form';
import { VersionTable } from '@/components/self-assessment-editor/version-table';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { formatLongDateTime } from '@/lib/dates';
import { getQuestionnaireForEditor, listQuestionnaireChoices } from '@/lib/data/self-assessment-editor';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorTemplates'))('questionnaire.metaTitle') };
}

export default async function QuestionnaireEditorPage() {
  const editor = await requireContentEditor('/redaktion/sjalvskattning');
  const [current, choices] = await Promise.all([
    getQuestionnaireForEditor(editor.hostOrganisationId),
    listQuestionnaireChoices(),
  ]);
  const t = await getTranslations('editorTemplates');
  const locale = (await getLocale()) as Locale;
  if (!current) return <PageHeader title={t('questionnaire.title')} lead={t('questionnaire.missing')} />;
  const { version, questionnaire } = current;
  return (
    <>
      <p className="mb-4">
        <Link href="/redaktion">{t('questionnaire.back')}</Link>
      </p>
      <PageHeader title={t('questionnaire.title')} lead={t('questionnaire.lead')}>
        <p className="mt-4 rounded border border-brand-100 bg-brand-50 p-4">
          {t.rich('questionnaire.current', {
            version: String(version),
            date: formatLongDateTime(current.savedAt, locale),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
      </PageHeader>
      <section aria-labelledby="levels-heading" className="mb-10">
        <h2 id="levels-heading" className="mb-2 text-xl font-semibold">
          {t('questionnaire.levels')}
        </h2>
        <ol className="mb-3 list-decimal space-y-1 pl-6">
          {/* The levels' own (Swedish) words: the ones the editor edits. */}
          {questionnaire.levels.map((l) => (
            <li key={l.score} lang={passageLang(locale)}>
              <strong>{l.label}.</strong> {l.description}
            </li>
          ))}
        </ol>
        <LevelsForm version={version} levels={questionnaire.levels} />
      </section>
      {questionnaire.areas.map((area) => (
        <AreaSection key={area.key} version={version} area={area} choices={choices} />
      ))}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">
          {t('versions')}
        </h2>
        <VersionTable versions={current.history} />
      </section>
    </>
  );
}
