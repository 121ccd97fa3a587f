'use client';

import { useActionState, useEffect, useRef } from 'react';
import { saveGuideAction, type GuideValues } from '@/lib/actions/guides';
import { audienceKeyOptions, topicOptions } from '@/lib/labels';
import type { GuideFormValues } from '@/lib/validation/guide';
import { Field } from '@/components/ui/field';
import { CheckboxGroup } from './checkbox-group';
import { ConflictPanel } from './conflict-panel';
import { MarkdownEditor } from './markdown-editor';
import { SourcesFieldset } from './sources-fieldset';
import { TextareaField } from './textarea-field';

type Props = {
  pageId?: string;
  version: number;
  initialValues: GuideFormValues;
  guideOptions: { slug: string; title: string }[];
};

/**
 * The guidance editor. A save sends the page version the form was loaded with; when someone else
 * saved in between, the server refuses and sends the editor's own values back, and the form
 * (keyed on the answer's nonce) shows them again: nothing typed is lost.
 */
export function GuideEditorForm({ pageId, version, initialValues, guideOptions }: Props) {
  const [state, formAction, pending] = useActionState(saveGuideAction, {
    status: 'idle',
    values: { ...initialValues, version: String(version) },
  });
  const values: GuideValues = state.values ?? initialValues;
  const error = (field: string) => state.fieldErrors?.[field]?.[0];
  const related = guideOptions
    .filter((g) => g.slug !== initialValues.slug)
    .map((g) => ({ value: g.slug, label: g.title }));
  return (
    <form action={formAction} key={state.nonce ?? 0} noValidate className="space-y-6">
      {state.message ? (
        <StatusMessage tone={state.status === 'error' ? 'error' : 'success'} message={state.message} />
      ) : null}
      {state.data?.conflict && pageId ? <ConflictPanel conflict={state.data.conflict} pageId={pageId} /> : null}
      <input type="hidden" name="pageId" value={pageId ?? ''} />
      <input type="hidden" name="version" value={values.version ?? version} />

      <div className="grid gap-4 md:grid-cols-2">
        <Field
          label="Titel"
          name="title"
          id="guide-title"
          defaultValue={values.title}
          error={error('title')}
          required
        />
        <Field
          label="Adress"
          name="slug"
          id="guide-slug"
          defaultValue={values.slug}
          error={error('slug')}
          hint="Sidan nås på /vagledning/adress. Små bokstäver a–z, siffror och bindestreck. Byter du adress på en publicerad sida fortsätter den gamla att leda hit."
          required
        />
      </div>
      <TextareaField
        label="Sammanfattning"
        name="summary"
        rows={3}
        defaultValue={values.summary}
        error={error('summary')}
        hint="En eller två meningar som visas i listan och överst på sidan."
      />
      <MarkdownEditor id="guide-body" name="body" defaultValue={values.body} error={error('body')} />

      <div className="grid gap-4 md:grid-cols-2">
        <CheckboxGroup
          legend="Ämnen"
          name="topics"
          options={topicOptions}
          defaultChecked={values.topics}
          error={error('topics')}
        />
        <CheckboxGroup
          legend="Målgrupper"
          name="audiences"
          options={audienceKeyOptions}
          defaultChecked={values.audiences}
          error={error('audiences')}
        />
      </div>

      <fieldset className="grid gap-4 rounded border border-slate-300 p-4 md:grid-cols-2">
        <legend className="px-1 font-medium">Steg i SKR:s vägledning (valfritt)</legend>
        <div>
          <label htmlFor="guide-skrStep" className="mb-1 block font-medium">
            Steg
          </label>
          <select
            id="guide-skrStep"
            name="skrStep"
            defaultValue={values.skrStep}
            className="w-full rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">Inget steg</option>
            {Array.from({ length: 10 }, (_, i) => (
              <option key={i + 1} value={String(i + 1)}>
                Steg {i + 1}
              </option>
            ))}
          </select>
        </div>
        <Field
          label="Utgåva"
          name="skrEdition"
          id="guide-skrEdition"
          defaultValue={values.skrEdition}
          error={error('skrEdition')}
          hint="Stegens nummer skiljer sig mellan utgåvorna, till exempel 2019 eller 2023/24."
        />
      </fieldset>

      <SourcesFieldset defaultValue={values.sources} error={error('sources')} />
      <CheckboxGroup
        legend="Relaterade sidor"
        name="related"
        options={related}
        defaultChecked={values.related}
        hint="Visas som länkar längst ned på sidan."
      />
      <TextareaField
        label="Vad har du ändrat? (valfritt)"
        name="note"
        rows={2}
        defaultValue={values.note}
        error={error('note')}
        hint="Syns i sidans historik."
      />

      <div className="sticky bottom-0 flex flex-wrap gap-3 border-t border-slate-200 bg-white py-4">
        <button type="submit" name="intent" value="save" disabled={pending} className="btn-secondary">
          {pending ? 'Sparar …' : 'Spara utkast'}
        </button>
        <button type="submit" name="intent" value="publish" disabled={pending} className="btn-primary">
          Spara och publicera
        </button>
      </div>
    </form>
  );
}

/** The answer to a save. It takes focus, so it is both seen and read out after the page updates. */
function StatusMessage({ tone, message }: { tone: 'error' | 'success'; message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const colours =
    tone === 'error' ? 'border-red-700 bg-red-50 text-red-900' : 'border-green-700 bg-green-50 text-green-900';
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded border-l-4 p-4 ${colours}`}
    >
      {message}
    </div>
  );
}
