'use client';

import { useActionState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { removeStatementAction, saveStatementAction } from '@/lib/actions/self-assessment-editor';
import { idle, type ActionState } from '@/lib/actions/state';
import { audienceKeyOptions } from '@/lib/labels';
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
          {statement ? (
            <>
              Nyckel: <code>{statement.key}</code> (ändras aldrig, eftersom tidigare svar hör till den)
            </>
          ) : (
            'Påståendet får en egen nyckel när du sparar.'
          )}
        </p>
        <TextAreaField
          id={`${p}-text`}
          name="text"
          label="Påstående"
          hint="Skriv i jag-form, så att den som svarar kan ta ställning till det på skalan 1–4."
          rows={2}
          defaultValue={v?.text ?? statement?.text}
          error={err('text')}
        />
        <ChoiceGroup
          id={`${p}-audiences`}
          legend="Vilka får påståendet?"
          hint="Varje målgrupp behöver minst två påståenden i varje område."
          name="audiences"
          items={audienceKeyOptions}
          checked={audiences}
          error={err('audiences')}
        />
        <button type="submit" className="btn-primary" disabled={pending}>
          {statement ? 'Spara påståendet' : 'Lägg till påståendet'}
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
  return (
    <details open={answered || undefined} className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer break-words">{summary}</summary>
      <div className="mt-3">
        <StatementFields {...{ version, area, statement, state, action, pending }} />
        <form action={remove} className="mt-4 space-y-2 border-t border-slate-200 pt-3">
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="key" value={statement.key} />
          <p className="text-sm text-slate-700">
            Den som redan har svarat behåller sitt svar, och det visas som förut. Nya svar görs utan påståendet.
          </p>
          {removal.message ? (
            <Alert tone={removal.status === 'error' ? 'error' : 'success'}>{removal.message}</Alert>
          ) : null}
          <button type="submit" className="btn-secondary" disabled={removing}>
            Ta bort påståendet
          </button>
        </form>
      </div>
    </details>
  );
}

export function NewStatementForm({ version, area }: Ref) {
  const [state, action, pending] = useActionState(saveStatementAction, idle);
  return (
    <details open={state.status !== 'idle' || undefined} className="rounded border border-dashed border-slate-400 p-3">
      <summary className="cursor-pointer font-medium">Lägg till ett påstående i området</summary>
      <div className="mt-3">
        <StatementFields {...{ version, area, statement: null, state, action, pending }} />
      </div>
    </details>
  );
}
