import { audienceKeyLabels } from '@/lib/labels';
import type { Area } from '@/lib/self-assessment/questionnaire';
import { AreaForm } from './area-form';
import { NewStatementForm, StatementEditor } from './statement-form';

type Link = { slug: string; title: string };
type Props = { version: number; area: Area; choices: { courses: Link[]; guides: Link[] } };

const audiencesText = (audiences: readonly string[] | undefined) =>
  audiences
    ? audiences.map((a) => audienceKeyLabels[a as keyof typeof audienceKeyLabels]).join(', ')
    : 'alla målgrupper';

/** One area: its own form, then each statement (wording, audiences, removal) and a form for a new one. */
export function AreaSection({ version, area, choices }: Props) {
  return (
    <section aria-labelledby={`omrade-${area.key}`} className="mb-10">
      <h2 id={`omrade-${area.key}`} className="mb-2 text-xl font-semibold">
        {area.title}
      </h2>
      <p className="mb-3 max-w-3xl text-slate-700">{area.description}</p>
      <AreaForm version={version} area={area} choices={choices} />
      <h3 className="mb-2 font-semibold">Påståenden ({area.statements.length})</h3>
      <ul className="space-y-2">
        {area.statements.map((statement) => (
          <li key={statement.key}>
            <StatementEditor
              version={version}
              area={area.key}
              statement={statement}
              summary={
                <>
                  {statement.text}{' '}
                  <span className="text-sm text-slate-600">({audiencesText(statement.audiences)})</span>
                </>
              }
            />
          </li>
        ))}
        <li>
          <NewStatementForm version={version} area={area.key} />
        </li>
      </ul>
    </section>
  );
}
