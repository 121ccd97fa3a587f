'use client';

import { Fragment, useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { editExampleAction, submitExampleAction } from '@/lib/actions/examples';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { Field, TextAreaField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { describedBy, FieldError } from '@/components/team/form-bits';
import { keepValuesOnSubmit, sentDefaults } from '@/components/team/keep-values';
import { CheckboxList } from '@/components/ui/checkbox-list';
import type { MediaView } from '@/lib/uploads/media';
import { tooBigToSend, type UploadKind } from '@/lib/uploads/rules';
import { audienceKey, topicKey } from '@/lib/validation/content';
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
function filesTooBig(form: HTMLFormElement): Partial<Record<UploadKind, true>> {
  const found: Partial<Record<UploadKind, true>> = {};
  for (const kind of fileKinds) {
    const input = form.elements.namedItem(kind);
    if (input instanceof HTMLInputElement && tooBigToSend(kind, input.files?.[0])) found[kind] = true;
  }
  return found;
}

type Props = { draft: ExampleDraft; units: { id: string; name: string }[] };

/** Writing or changing a learning example; works without JavaScript too. */
export function ExampleForm({ draft, units }: Props) {
  const editing = Boolean(draft.exampleId);
  const [state, action, pending] = useActionState(editing ? editExampleAction : submitExampleAction, idle);
  const [tooBig, setTooBig] = useState<Partial<Record<UploadKind, true>>>({});
  const t = useTranslations('examples.form');
  const labels = useTranslations('labels');
  const err = (name: string) =>
    fileKinds.includes(name as UploadKind) && tooBig[name as UploadKind]
      ? t(`tooBig.${name as UploadKind}`)
      : state.fieldErrors?.[name]?.[0];
  const topicOptions = topicKey.options.map((key) => ({ value: key, label: labels(`topic.${key}`) }));
  const audienceOptions = audienceKey.options.map((key) => ({ value: key, label: labels(`audienceKey.${key}`) }));
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
            [target.name]: tooBigToSend(target.name as UploadKind, target.files?.[0]) ? true : undefined,
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
        <Field label={t('title')} name="title" defaultValue={value('title')} error={err('title')} required />
        <TextAreaField
          label={t('what')}
          name="what"
          rows={5}
          defaultValue={value('what')}
          error={err('what')}
          hint={t('whatHint')}
          required
        />
        <TextAreaField
          label={t('learned')}
          name="learned"
          rows={5}
          defaultValue={value('learned')}
          error={err('learned')}
          required
        />
        <TextAreaField
          label={t('changed')}
          name="changed"
          rows={4}
          defaultValue={value('changed')}
          error={err('changed')}
          hint={t('changedHint')}
        />
        <SelectField
          label={t('unit')}
          name="unitId"
          emptyLabel={t('noUnit')}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          defaultValue={value('unitId')}
          error={err('unitId')}
        />
        {group('topics', t('topics'), topicOptions)}
        {group('audiences', t('audiences'), audienceOptions)}
        <div className="flex items-start gap-2">
          <input
            type="checkbox"
            id="showName"
            name="showName"
            defaultChecked={sent ? sent.showName === 'on' : draft.showName}
            className="mt-1 size-4"
          />
          <label htmlFor="showName">{t('showName')}</label>
        </div>
      </Fragment>
      <MediaFields
        current={draft.media}
        sentKey={sentKey}
        err={err}
        value={value}
        ticked={(name) => (sent ? sent[name] === 'on' : false)}
      />
      <p className="text-sm text-slate-700">{t('privacy')}</p>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t('sending') : editing ? t('resend') : t('send')}
      </button>
    </form>
  );
}
