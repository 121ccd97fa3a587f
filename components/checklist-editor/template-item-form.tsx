'use client';

import { useActionState } from 'react';
import { removeTemplateItemAction, saveTemplateItemAction } from '@/lib/actions/checklist-templates';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { Field, TextAreaField } from '@/components/ui/field';
import type { TemplateItem } from '@/lib/validation/checklist';

type Props = {
  templateId: string;
  version: number;
  sectionKey: string;
  sections: { key: string; title: string }[];
  courses: { slug: string; title: string }[];
  /** null for a new item. */
  item: TemplateItem | null;
};

/** One item of a template: wording, example, linked courses and section. Its key never changes. */
export function TemplateItemForm({ templateId, version, sectionKey, sections, courses, item }: Props) {
  const [state, action, pending] = useActionState(saveTemplateItemAction, idle);
  const p = item ? item.key : `ny-${sectionKey}`;
  const v = state.values;
  const err = (field: string) => state.fieldErrors?.[field]?.[0];
  const linked = v ? (v.linkedCourses ?? '').split(',') : (item?.linkedCourses ?? []);
  return (
    <div className="space-y-3">
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <form key={state.nonce ?? 'first'} action={action} className="space-y-4" noValidate>
        <input type="hidden" name="templateId" value={templateId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="originalKey" value={item?.key ?? ''} />
        {item ? (
          <p className="text-sm text-slate-700">
            Nyckel: <code>{item.key}</code> (ändras aldrig, eftersom organisationernas arbete är kopplat till den)
            <input type="hidden" name="key" value={item.key} />
          </p>
        ) : (
          <Field
            id={`${p}-key`}
            name="key"
            label="Nyckel"
            hint="Små bokstäver a–z, siffror och bindestreck, till exempel a2-ny-punkt. Kan inte ändras senare."
            defaultValue={v?.key}
            error={err('key')}
          />
        )}
        <div>
          <label htmlFor={`${p}-section`} className="mb-1 block font-medium">
            Avsnitt
          </label>
          <select
            id={`${p}-section`}
            name="sectionKey"
            defaultValue={v?.sectionKey ?? sectionKey}
            className="w-full rounded border border-slate-400 px-3 py-2"
          >
            {sections.map((s) => (
              <option key={s.key} value={s.key}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <Field
          id={`${p}-title`}
          name="title"
          label="Rubrik"
          defaultValue={v?.title ?? item?.title}
          error={err('title')}
        />
        <TextAreaField
          id={`${p}-explanation`}
          name="explanation"
          label="Förklaring"
          hint="En till tre meningar på klarspråk."
          defaultValue={v?.explanation ?? item?.explanation}
          error={err('explanation')}
        />
        <TextAreaField
          id={`${p}-example`}
          name="example"
          label="Exempel"
          defaultValue={v?.example ?? item?.example}
          error={err('example')}
        />
        <fieldset>
          <legend className="mb-1 font-medium">Kopplade kurser</legend>
          <p className="mb-1 text-sm text-slate-600">
            Punkten visar hur stor andel av medarbetarna som har gått alla kurserna du väljer.
          </p>
          <div className="grid gap-1 sm:grid-cols-2">
            {courses.map((c) => (
              <label key={c.slug} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name="linkedCourses"
                  value={c.slug}
                  defaultChecked={linked.includes(c.slug)}
                  className="mt-1"
                />
                {c.title}
              </label>
            ))}
          </div>
        </fieldset>
        <Field
          id={`${p}-note`}
          name="note"
          label="Anteckning om ändringen (frivillig)"
          defaultValue={v?.note}
          error={err('note')}
        />
        <button type="submit" className="btn-primary" disabled={pending}>
          {item ? 'Spara punkten' : 'Lägg till punkten'}
        </button>
      </form>
    </div>
  );
}

export function RemoveTemplateItemForm({
  templateId,
  version,
  itemKey,
}: {
  templateId: string;
  version: number;
  itemKey: string;
}) {
  const [state, action, pending] = useActionState(removeTemplateItemAction, idle);
  return (
    <form action={action} className="mt-4 space-y-2 border-t border-slate-200 pt-3">
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="key" value={itemKey} />
      <p className="text-sm text-slate-700">
        Tas punkten bort finns organisationernas status för den kvar i databasen, men den visas inte. Läggs en punkt med
        samma nyckel till igen syns den på nytt.
      </p>
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <button type="submit" className="btn-secondary" disabled={pending}>
        Ta bort punkten ur mallen
      </button>
    </form>
  );
}
