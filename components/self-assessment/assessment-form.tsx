'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { saveSelfAssessmentAction } from '@/lib/actions/self-assessment';
import { idle } from '@/lib/actions/state';
import { keepValuesOnSubmit } from '@/components/team/keep-values';
import { ErrorSummary } from '@/components/ui/error-summary';
import { LevelRadios } from '@/components/ui/level-radios';
import { FIELD_PREFIX, type Area, type Questionnaire } from '@/lib/self-assessment/questionnaire';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

type Props = { version: number; levels: Questionnaire['levels']; areas: Area[] };

/**
 * The questionnaire: one group of four choices per statement. A refusal keeps every answer given,
 * lists the unanswered statements at the top (linked) and beside each, and moves focus to the list.
 */
export function AssessmentForm({ version, levels, areas }: Props) {
  const [state, action, pending] = useActionState(saveSelfAssessmentAction, idle);
  const t = useTranslations('selfAssessment');
  // The questionnaire is written in Swedish only.
  const sv = passageLang(useLocale() as Locale);
  const missing = Object.keys(state.fieldErrors ?? {}).filter((f) => f.startsWith(FIELD_PREFIX));
  const statements = new Map(areas.flatMap((a) => a.statements.map((s) => [FIELD_PREFIX + s.key, s.text])));
  return (
    <form
      action={action}
      onSubmit={keepValuesOnSubmit(action)}
      noValidate
      className="space-y-8"
      key={JSON.stringify(state.values ?? null)}
    >
      <input type="hidden" name="version" value={version} />
      {state.status === 'error' ? (
        <ErrorSummary
          message={state.message}
          answer={state}
          items={missing.map((field) => ({
            href: `#${field}`,
            text: <span lang={sv}>{statements.get(field) ?? field}</span>,
          }))}
        />
      ) : null}
      {areas.map((area) => (
        <section key={area.key} aria-labelledby={`area-${area.key}`} className="space-y-4">
          <div>
            <h2 id={`area-${area.key}`} className="text-xl font-semibold" lang={sv}>
              {area.title}
            </h2>
            <p className="text-slate-700" lang={sv}>
              {area.description}
            </p>
          </div>
          {area.statements.map((statement) => {
            const field = FIELD_PREFIX + statement.key;
            const error = state.fieldErrors?.[field]?.[0];
            const chosen = state.values?.[field];
            return (
              <fieldset
                key={statement.key}
                id={field}
                tabIndex={-1}
                className="rounded-lg border border-slate-300 p-4"
                aria-describedby={error ? `${field}-error` : undefined}
              >
                <legend className="px-1 font-medium" lang={sv}>
                  {statement.text}
                </legend>
                {error ? (
                  <p id={`${field}-error`} className="mb-2 font-semibold text-red-800">
                    {error}
                  </p>
                ) : null}
                <LevelRadios field={field} levels={levels} chosen={chosen} lang={sv} />
              </fieldset>
            );
          })}
        </section>
      ))}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </button>
    </form>
  );
}
