'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field, TextAreaField } from '@/components/ui/field';
import { saveLevelsAction } from '@/lib/actions/self-assessment-editor';
import { idle } from '@/lib/actions/state';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { Questionnaire } from '@/lib/self-assessment/questionnaire';

/**
 * The four answer levels: each score keeps its place (1–4); only the words change. An answer
 * opens the details, as in statement-form.tsx.
 */
export function LevelsForm({ version, levels }: { version: number; levels: Questionnaire['levels'] }) {
  const [state, action, pending] = useActionState(saveLevelsAction, idle);
  const t = useTranslations('editorTemplates.levels');
  // The questionnaire's texts are Swedish, whatever the page's language.
  const sv = passageLang(useLocale() as Locale);
  const v = state.values as Record<string, string | undefined> | undefined;
  const err = (field: string) => state.fieldErrors?.[field]?.[0];
  return (
    <details open={state.status !== 'idle' || undefined} className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium">{t('summary')}</summary>
      <div className="mt-3 space-y-3">
        {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
        <form key={state.nonce ?? 'first'} action={action} className="space-y-4" noValidate>
          <input type="hidden" name="version" value={version} />
          {levels.map((level) => (
            <fieldset key={level.score} className="space-y-3 rounded border border-slate-300 p-3">
              <legend className="px-1 font-medium">{t('level', { score: String(level.score) })}</legend>
              <Field
                id={`niva-${level.score}-label`}
                name={`label${level.score}`}
                label={t('label')}
                defaultValue={v?.[`label${level.score}`] ?? level.label}
                error={err(`label${level.score}`)}
              />
              <TextAreaField
                id={`niva-${level.score}-description`}
                name={`description${level.score}`}
                label={t('description')}
                rows={2}
                defaultValue={v?.[`description${level.score}`] ?? level.description}
                lang={sv}
                error={err(`description${level.score}`)}
              />
            </fieldset>
          ))}
          <button type="submit" className="btn-primary" disabled={pending}>
            {t('save')}
          </button>
        </form>
      </div>
    </details>
  );
}
