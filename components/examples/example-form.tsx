'use client';

import { Fragment, useActionState, useState } from 'react';
import { editExampleAction, submitExampleAction } from '@/lib/actions/examples';
import { idle } from '@/lib/actions/state';
import { audienceKeyOptions, topicOptions } from '@/lib/labels';
import { Alert } from '@/components/ui/alert';
import { Field, TextAreaField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { describedBy, FieldError } from '@/components/team/form-bits';
import { keepValuesOnSubmit, sentDefaults } from '@/components/team/keep-values';
import { CheckboxList } from '@/components/ui/checkbox-list';
import type { MediaView } from '@/lib/uploads/media';
import { tooBigToSend, type UploadKind } from '@/lib/uploads/rules';
import { MediaFields } from './media-fields';

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
  imageAlt: string;
  /** The image and film the example has now (an edit). */
  media: MediaView;
};

const fileKinds: UploadKind[] = ['image', 'film', 'captions'];

/** Files over their limit, found before anything is sent (the server checks again, and their content). */
function filesTooBig(form: HTMLFormElement): Partial<Record<UploadKind, string>> {
  const found: Partial<Record<UploadKind, string>> = {};
  for (const kind of fileKinds) {
    const input = form.elements.namedItem(kind);
    const problem = input instanceof HTMLInputElement ? tooBigToSend(kind, input.files?.[0]) : undefined;
    if (problem) found[kind] = problem;
  }
  return found;
}

type Props = { draft: ExampleDraft; units: { id: string; name: string }[] };

/** Writing or changing a learning example; works without JavaScript too. */
export function ExampleForm({ draft, units }: Props) {
  const editing = Boolean(draft.exampleId);
  const [state, action, pending] = useActionState(editing ? editExampleAction : submitExampleAction, idle);
  const [tooBig, setTooBig] = useState<Partial<Record<UploadKind, string>>>({});
  const err = (name: string) => tooBig[name as UploadKind] ?? state.fieldErrors?.[name]?.[0];
  const sent = state.values;
  const sentKey = JSON.stringify(sent ?? null);
  const defaults = sentDefaults(sent);
  const value = (name: Exclude<keyof ExampleDraft, 'media'>) => defaults.value(name, String(draft[name] ?? ''));
  const ticked = (name: 'topics' | 'audiences', key: string) => defaults.ticked(name, key, draft[name].includes(key));
  const group = (name: 'topics' | 'audiences', legend: string, options: { value: string; label: string }[]) => (
    <fieldset
      className="rounded-lg border border-slate-300 p-4"
      aria-describedby={describedBy(err(name) && `${name}-error`)}
    >
      <legend className="px-1 font-semibold">{legend}</legend>
      <CheckboxList
        name={name}
        idPrefix={name}
        className="grid gap-1 sm:grid-cols-2"
        items={options}
        checked={(key) => ticked(name, key)}
      />
      <FieldError id={`${name}-error`} error={err(name)} />
    </fieldset>
  );
  const send = keepValuesOnSubmit(action);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const found = filesTooBig(event.currentTarget);
    setTooBig(found);
    const first = fileKinds.find((kind) => found[kind]);
    if (!first) return send(event);
    // A body over the server's limit would never reach the action: say so here, send nothing.
    event.preventDefault();
    document.getElementById(first)?.focus();
  };
  return (
    <form
      action={action}
      onSubmit={onSubmit}
      onChange={(event) => {
        const target = event.target;
        if (target instanceof HTMLInputElement && target.type === 'file')
          setTooBig((found) => ({
            ...found,
            [target.name]: tooBigToSend(target.name as UploadKind, target.files?.[0]),
          }));
      }}
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
      {/* Keyed on what was sent, so a refusal shows it; the files below keep what was chosen. */}
      <Fragment key={sentKey}>
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
            Visa mitt namn vid exemplet (annars står det {'"'}en kollega på{'"'} och enhetens namn). Du kan ändra det
            när som helst.
          </label>
        </div>
      </Fragment>
      <MediaFields
        current={draft.media}
        sentKey={sentKey}
        err={err}
        value={value}
        ticked={(name) => (sent ? sent[name] === 'on' : false)}
      />
      <p className="text-sm text-slate-700">
        Skriv inget om enskilda personer som kan kännas igen. En strateg läser exemplet innan det publiceras.
      </p>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Skickar …' : editing ? 'Spara och skicka för granskning igen' : 'Skicka för granskning'}
      </button>
    </form>
  );
}
