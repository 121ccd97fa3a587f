import type { Metadata } from 'next';
import Link from 'next/link';
import { AreaSection } from '@/components/self-assessment-editor/area-section';
import { LevelsForm } from '@/components/self-assessment-editor/levels-form';
import { VersionTable } from '@/components/self-assessment-editor/version-table';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { formatLongDateTime } from '@/lib/dates';
import { getQuestionnaireForEditor, listQuestionnaireChoices } from '@/lib/data/self-assessment-editor';

export const metadata: Metadata = { title: 'Redigera självskattningen' };

export default async function QuestionnaireEditorPage() {
  const editor = await requireContentEditor('/redaktion/sjalvskattning');
  const [current, choices] = await Promise.all([
    getQuestionnaireForEditor(editor.hostOrganisationId),
    listQuestionnaireChoices(),
  ]);
  const lead =
    'Varje ändring sparas som en ny version och gäller direkt för den som svarar. Den som redan har svarat ser sina svar med påståendena i den version hen svarade på.';
  if (!current)
    return (
      <PageHeader
        title="Självskattningen"
        lead="Självskattningen finns inte än. Den läses in med portalens innehåll."
      />
    );
  const { version, questionnaire } = current;
  return (
    <>
      <p className="mb-4">
        <Link href="/redaktion">Redaktion</Link>
      </p>
      <PageHeader title="Självskattningen" lead={lead}>
        <p className="mt-4 rounded border border-brand-100 bg-brand-50 p-4">
          Gällande version: <strong>{version}</strong>, sparad {formatLongDateTime(current.savedAt)}.
        </p>
      </PageHeader>
      <section aria-labelledby="levels-heading" className="mb-10">
        <h2 id="levels-heading" className="mb-2 text-xl font-semibold">
          Svarsnivåerna
        </h2>
        <ol className="mb-3 list-decimal space-y-1 pl-6">
          {questionnaire.levels.map((l) => (
            <li key={l.score}>
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
          Versioner
        </h2>
        <VersionTable versions={current.history} />
      </section>
    </>
  );
}
