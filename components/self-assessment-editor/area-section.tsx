import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { Area } from '@/lib/self-assessment/questionnaire';
import type { AudienceKey } from '@/lib/validation/content';
import { AreaForm } from './area-form';
import { NewStatementForm, StatementEditor } from './statement-form';

type Link = { slug: string; title: string };
type Props = { version: number; area: Area; choices: { courses: Link[]; guides: Link[] } };

/** One area: its own form, then each statement (wording, audiences, removal) and a form for a new one. */
export function AreaSection({ version, area, choices }: Props) {
  const t = useTranslations('editorTemplates.area');
  const labels = useTranslations('labels');
  // The area's and statements' own (Swedish) texts: the ones the editor edits.
  const sv = passageLang(useLocale() as Locale);
  const audiencesText = (audiences: readonly string[] | undefined) =>
    audiences ? audiences.map((a) => labels(`audienceKey.${a as AudienceKey}`)).join(', ') : t('allAudiences');
  return (
    <section aria-labelledby={`omrade-${area.key}`} className="mb-10">
      <h2 id={`omrade-${area.key}`} className="mb-2 text-xl font-semibold">
        <span lang={sv}>{area.title}</span>
      </h2>
      <p className="mb-3 max-w-3xl text-slate-700" lang={sv}>
        {area.description}
      </p>
      <AreaForm version={version} area={area} choices={choices} />
      <h3 className="mb-2 font-semibold">{t('statements', { count: area.statements.length })}</h3>
      <ul className="space-y-2">
        {area.statements.map((statement) => (
          <li key={statement.key}>
            <StatementEditor
              version={version}
              area={area.key}
              statement={statement}
              summary={
                <>
                  <span lang={sv}>{statement.text}</span>{' '}
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
