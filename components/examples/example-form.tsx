'use client';

import { useActionState } from 'react';
import { editExampleAction, submitExampleAction } from '@/lib/actions/examples';
import { idle } from '@/lib/actions/state';
import { audienceKeyOptions, topicOptions } from '@/lib/labels';
import { Alert } from '@/components/ui/alert';
import { Field, TextAreaField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { describedBy, FieldError } from '@/components/team/form-bits';
import { keepValuesOnSubmit } from '@/components/team/keep-values';

export type ExampleDraft = {
  exampleId?: string;
  version?: number;
  title: string;
  what: string;
  learned: string;
  changed: string;
  unitId: string;
  topics: string[];
  audiences: string[];
  showName: boolean;
};

type Props = { draft: ExampleDraft; units: { id: string; name: string }[] };

/** Writing or changing a learning example; works without JavaScript too. */
export function ExampleForm({ draft, units }: Props) {
  const editing = Boolean(draft.exampleId);
  const [state, action, pending] = useActionState(editing ? editExampleAction : submitExampleAction, idle);
  const err = (name: string) => state.fieldErrors?.[name]?.[0];
  const sent = state.values;
  const value = (name: keyof ExampleDraft) => sent?.[name] ?? String(draft[name] ?? '');
  const ticked = (name: 'topics' | 'audiences', key: string) =>
    sent ? (sent[name] ?? '').split(',').includes(key) : draft[name].includes(key);
  const group = (name: 'topics' | 'audiences', legend: string, options: { value: string; label: string }[]) => (
    <fieldset
      className="rounded-lg border border-slate-300 p-4"
      aria-describedby={describedBy(err(name) && `${name}-error`)}
    >
      <legend className="px-1 font-semibold">{legend}</legend>
      <ul className="grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <li key={o.value} className="flex items-center gap-2">
            <input
              type="checkbox"
              id={`${name}-${o.value}`}
              name={name}
              value={o.value}
              defaultChecked={ticked(name, o.value)}
              className="size-4"
            />
            <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
          </li>
        ))}
      </ul>
      <FieldError id={`${name}-error`} error={err(name)} />
    </fieldset>
  );
  return (
    <form
      key={JSON.stringify(sent ?? null)}
      action={action}
      onSubmit={keepValuesOnSubmit(action)}
      className="max-w-3xl space-y-6"
      noValidate
    >
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      {editing ? (
        <>
          <input type="hidden" name="exampleId" value={draft.exampleId} />
          <input type="hidden" name="version" value={draft.version} />
        </>
      ) : null}
      <Field label="Rubrik" name="title" defaultValue={value('title')} error={err('title')} required />
      <TextAreaField
        label="Vad gjorde ni?"
        name="what"
        rows={5}
        defaultValue={value('what')}
        error={err('what')}
        hint="Berätta kort om uppdraget, vad ni ville förändra och hur ni gick till väga."
        required
      />
      <TextAreaField
        label="Vad lärde ni er?"
        name="learned"
        rows={5}
        defaultValue={value('learned')}
        error={err('learned')}
        required
      />
      <TextAreaField
        label="Vad blev annorlunda? (valfritt)"
        name="changed"
        rows={4}
        defaultValue={value('changed')}
        error={err('changed')}
        hint="Till exempel resultat för kvinnor och män, flickor och pojkar, om ni har sådana."
      />
      <SelectField
        label="Enhet"
        name="unitId"
        emptyLabel="Ingen enhet"
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        defaultValue={value('unitId')}
        error={err('unitId')}
      />
      {group('topics', 'Ämnen', topicOptions)}
      {group('audiences', 'Vilka har mest nytta av exemplet?', audienceKeyOptions)}
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          id="showName"
          name="showName"
          defaultChecked={sent ? sent.showName === 'on' : draft.showName}
          className="mt-1 size-4"
        />
        <label htmlFor="showName">
          Visa mitt namn vid exemplet (annars står det {'"'}en kollega på{'"'} och enhetens namn). Du kan ändra det när
          som helst.
        </label>
      </div>
      <p className="text-sm text-slate-700">
        Skriv inget om enskilda personer som kan kännas igen. En strateg läser exemplet innan det publiceras.
      </p>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Skickar …' : editing ? 'Spara och skicka för granskning igen' : 'Skicka för granskning'}
      </button>
    </form>
  );
}
