'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { keepValuesOnSubmit } from '@/components/team/keep-values';
import { ErrorSummary } from '@/components/ui/error-summary';
import { LevelRadios } from '@/components/ui/level-radios';
import { saveScoreRoundAction } from '@/lib/actions/checklist-scores';
import { idle } from '@/lib/actions/state';
import { COMMENT_MAX, COMMENT_PREFIX, NOTE_MAX, SCORE_PREFIX, type ScoreTemplate } from '@/lib/checklist/score';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

type Props = { templateKey: string; unitId: string; version: number; template: ScoreTemplate };

/**
 * One round: a level 1–4 and an optional comment per item, saved all at once. A refusal keeps
 * every choice, lists what is missing at the top (linked) and beside each item, and moves focus there.
 */
export function ScoreForm({ templateKey, unitId, version, template }: Props) {
  const [state, action, pending] = useActionState(saveScoreRoundAction, idle);
  const t = useTranslations('scores');
  // The statements and levels are written in Swedish only.
  const sv = passageLang(useLocale() as Locale);
  const titles = new Map(template.sections.flatMap((s) => s.items.map((i) => [i.key, i.title])));
  const problems = Object.keys(state.fieldErrors ?? {}).filter(
    (f) => f.startsWith(SCORE_PREFIX) || f.startsWith(COMMENT_PREFIX),
  );
  const levels = template.scale ?? [];
  return (
    <form
      action={action}
      onSubmit={keepValuesOnSubmit(action)}
      noValidate
      className="space-y-8"
      key={JSON.stringify(state.values ?? null)}
    >
      <input type="hidden" name="mall" value={templateKey} />
      <input type="hidden" name="forvaltning" value={unitId} />
      <input type="hidden" name="version" value={version} />
      {state.status === 'error' ? (
        <ErrorSummary
          message={state.message}
          answer={state}
          items={problems.map((field) => ({
            href: `#${field}`,
            text: <span lang={sv}>{titles.get(field.slice(2)) ?? field}</span>,
          }))}
        />
      ) : null}
      {template.sections.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`} className="space-y-4">
          <div>
            <h2 id={`section-${section.key}`} className="text-xl font-semibold" lang={sv}>
              {section.title}
            </h2>
            <p className="text-slate-700" lang={sv}>
              {section.commitment}
            </p>
          </div>
          {section.items.map((item) => {
            const field = SCORE_PREFIX + item.key;
            const comment = COMMENT_PREFIX + item.key;
            const error = state.fieldErrors?.[field]?.[0];
            const commentError = state.fieldErrors?.[comment]?.[0];
            return (
              <fieldset
                key={item.key}
                id={field}
                tabIndex={-1}
                className="rounded-lg border border-slate-300 p-4"
                aria-describedby={[`${field}-help`, error ? `${field}-error` : ''].filter(Boolean).join(' ')}
              >
                <legend className="px-1 font-medium" lang={sv}>
                  {item.title}
                </legend>
                <p id={`${field}-help`} className="mb-3 text-slate-700" lang={sv}>
                  {item.explanation}
                </p>
                {error ? (
                  <p id={`${field}-error`} className="mb-2 font-semibold text-red-800">
                    {error}
                  </p>
                ) : null}
                <LevelRadios field={field} levels={levels} chosen={state.values?.[field]} lang={sv} />
                <label htmlFor={comment} className="mt-3 block text-sm font-medium">
                  {t('commentLabel')}
                </label>
                <textarea
                  id={comment}
                  name={comment}
                  rows={2}
                  maxLength={COMMENT_MAX}
                  defaultValue={state.values?.[comment] ?? ''}
                  aria-invalid={commentError ? true : undefined}
                  aria-describedby={commentError ? `${comment}-error` : undefined}
                  className="mt-1 w-full rounded border border-slate-400 p-2"
                />
                {commentError ? (
                  <p id={`${comment}-error`} className="mt-1 font-semibold text-red-800">
                    {commentError}
                  </p>
                ) : null}
              </fieldset>
            );
          })}
        </section>
      ))}
      <div>
        <label htmlFor="note" className="block font-medium">
          {t('noteLabel')}
        </label>
        <textarea
          id="note"
          name="note"
          rows={4}
          maxLength={NOTE_MAX}
          defaultValue={state.values?.note ?? ''}
          aria-describedby={state.fieldErrors?.note ? 'note-error' : undefined}
          className="mt-1 w-full rounded border border-slate-400 p-2"
        />
        {state.fieldErrors?.note ? (
          <p id="note-error" className="mt-1 font-semibold text-red-800">
            {state.fieldErrors.note[0]}
          </p>
        ) : null}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </button>
    </form>
  );
}
