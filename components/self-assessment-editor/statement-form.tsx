'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { removeStatementAction, saveStatementAction } from '@/lib/actions/self-assessment-editor';
import { idle, type ActionState } from '@/lib/actions/state';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { Statement } from '@/lib/self-assessment/questionnaire';
import { audienceKeys, type AssessmentAreaKey } from '@/lib/validation/content';
import { ChoiceGroup } from './choice-group';

type Ref = { version: number; area: AssessmentAreaKey };
type FormProps = Ref & {
  /** null for a new statement. */
  statement: Statement | null;
  state: ActionState;
  action: (form: FormData) => void;
  pending: boolean;
};

/** A statement's wording and audiences. An existing statement's key never changes. */
function StatementFields({ version, area, statement, state, action, pending }: FormProps) {
  const t = useTranslations('editorTemplates.statement');
  const labels = useTranslations('labels');
  const locale = useLocale() as Locale;
  const audienceOptions = audienceKeys.map((key) => ({ value: key, label: labels(`audienceKey.${key}`) }));
  const v = state.values;
  const err = (field: string) => state.fieldErrors?.[field]?.[0];
  const p = statement ? `pastaende-${statement.key}` : `nytt-${area}`;
  const audiences = v ? (v.audiences ?? '').split(',') : (statement?.audiences ?? audienceKeys);
  return (
    <div className="space-y-3">
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <form key={state.nonce ?? 'first'} action={action} className="space-y-4" noValidate>
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="area" value={area} />
        <input type="hidden" name="key" value={statement?.key ?? ''} />
        <p className="text-sm text-slate-700">
          {statement
            ? t.rich('keyFixed', { key: statement.key, code: (chunks) => <code>{chunks}</code> })
            : t('newKey')}
        </p>
        <TextAreaField
          id={`${p}-text`}
          name="text"
          label={t('text')}
          hint={t('textHint')}
          rows={2}
          defaultValue={v?.text ?? statement?.text}
          lang={passageLang(locale)}
          error={err('text')}
        />
        <ChoiceGroup
          id={`${p}-audiences`}
          legend={t('audiences')}
          hint={t('audiencesHint')}
          name="audiences"
          items={audienceOptions}
          checked={audiences}
          error={err('audiences')}
        />
        <button type="submit" className="btn-primary" disabled={pending}>
          {statement ? t('save') : t('add')}
        </button>
      </form>
    </div>
  );
}

// The forms sit in <details>; an answer opens them, so a message is seen also after a
// submission without JavaScript (the page comes back with every <details> closed).

/** An existing statement: change it, or remove it. */
export function StatementEditor({
  version,
  area,
  statement,
  summary,
}: Ref & { statement: Statement; summary: ReactNode }) {
  const [state, action, pending] = useActionState(saveStatementAction, idle);
  const [removal, remove, removing] = useActionState(removeStatementAction, idle);
  const answered = state.status !== 'idle' || removal.status !== 'idle';
  const t = useTranslations('editorTemplates.statement');
  return (
    <details open={answered || undefined} className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer break-words">{summary}</summary>
      <div className="mt-3">
        <StatementFields {...{ version, area, statement, state, action, pending }} />
        <form action={remove} className="mt-4 space-y-2 border-t border-slate-200 pt-3">
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="key" value={statement.key} />
          <p className="text-sm text-slate-700">{t('removeHint')}</p>
          {removal.message ? (
            <Alert tone={removal.status === 'error' ? 'error' : 'success'}>{removal.message}</Alert>
          ) : null}
          <button type="submit" className="btn-secondary" disabled={removing}>
            {t('remove')}
          </button>
        </form>
      </div>
    </details>
  );
}

export function NewStatementForm({ version, area }: Ref) {
  const [state, action, pending] = useActionState(saveStatementAction, idle);
  const t = useTranslations('editorTemplates.statement');
  return (
    <details open={state.status !== 'idle' || undefined} className="rounded border border-dashed border-slate-400 p-3">
      <summary className="cursor-pointer font-medium">{t('new')}</summary>
      <div className="mt-3">
        <StatementFields {...{ version, area, statement: null, state, action, pending }} />
      </div>
    </details>
  );
}
