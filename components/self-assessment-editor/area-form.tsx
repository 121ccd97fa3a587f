'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field, TextAreaField } from '@/components/ui/field';
import { saveAreaAction } from '@/lib/actions/self-assessment-editor';
import { idle } from '@/lib/actions/state';
import type { Area } from '@/lib/self-assessment/questionnaire';
import { ChoiceGroup } from './choice-group';

type Link = { slug: string; title: string };
type Props = { version: number; area: Area; choices: { courses: Link[]; guides: Link[] } };

/** The published ones to choose from, and those already linked that are no longer published (so they can be unticked). */
function itemsFor(published: Link[], linked: readonly string[]) {
  const known = new Set(published.map((p) => p.slug));
  return [
    ...published.map((p) => ({ value: p.slug, label: p.title })),
    ...linked.filter((s) => !known.has(s)).map((s) => ({ value: s, label: `${s} (inte publicerad)` })),
  ];
}

/** An area's title, description and what it recommends to those with the lowest results in it. */
export function AreaForm({ version, area, choices }: Props) {
  const [state, action, pending] = useActionState(saveAreaAction, idle);
  const v = state.values;
  const err = (field: string) => state.fieldErrors?.[field]?.[0];
  const picked = (field: 'courses' | 'guides') => (v ? (v[field] ?? '').split(',') : area[field]);
  const p = `omrade-${area.key}`;
  return (
    <details open={state.status !== 'idle' || undefined} className="mb-3 rounded border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium">Ändra området och dess rekommendationer</summary>
      <div className="mt-3 space-y-3">
        {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
        <form key={state.nonce ?? 'first'} action={action} className="space-y-4" noValidate>
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="area" value={area.key} />
          <Field
            id={`${p}-title`}
            name="title"
            label="Områdets rubrik"
            defaultValue={v?.title ?? area.title}
            error={err('title')}
          />
          <TextAreaField
            id={`${p}-description`}
            name="description"
            label="Beskrivning"
            hint="Visas för den som svarar. En till tre meningar på klarspråk."
            rows={3}
            defaultValue={v?.description ?? area.description}
            error={err('description')}
          />
          <ChoiceGroup
            id={`${p}-courses`}
            legend="Kurser att rekommendera"
            hint="Högst fyra. Den som har lägst resultat i området får förslag på de kurser som är gjorda för hens målgrupp."
            name="courses"
            items={itemsFor(choices.courses, area.courses)}
            checked={picked('courses')}
            error={err('courses')}
          />
          <ChoiceGroup
            id={`${p}-guides`}
            legend="Sidor med vägledning att rekommendera"
            hint="Högst sex."
            name="guides"
            items={itemsFor(choices.guides, area.guides)}
            checked={picked('guides')}
            error={err('guides')}
          />
          <button type="submit" className="btn-primary" disabled={pending}>
            Spara området
          </button>
        </form>
      </div>
    </details>
  );
}
