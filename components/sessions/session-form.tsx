'use client';

import { useActionState } from 'react';
import { planSessionAction } from '@/lib/actions/group-sessions';
import { idle } from '@/lib/actions/state';
import { meetingKindOptions } from '@/lib/labels';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { describedBy, FieldError } from '@/components/team/form-bits';
import { keepValuesOnSubmit } from '@/components/team/keep-values';

type Props = {
  units: { id: string; name: string; depth: number }[];
  courses: { id: string; title: string; lessons: { id: string; title: string; position: number }[] }[];
  guides: { slug: string; title: string }[];
  examples: { id: string; title: string }[];
  today: string;
};

const box = 'space-y-2 rounded-lg border border-slate-300 p-4';

/** Plans a group session: who, when, where and what. Works without JavaScript too. */
export function SessionForm({ units, courses, guides, examples, today }: Props) {
  const [state, action, pending] = useActionState(planSessionAction, idle);
  const err = (name: string) => state.fieldErrors?.[name]?.[0];
  const minDepth = Math.min(...units.map((u) => u.depth));
  // Without JavaScript the page is drawn again after a refusal: what was sent comes back as defaults.
  const sent = state.values;
  const value = (name: string, fallback = '') => sent?.[name] ?? fallback;
  const ticked = (name: string, id: string, fallback = false) =>
    sent ? (sent[name] ?? '').split(',').includes(id) : fallback;
  return (
    <form
      key={JSON.stringify(sent ?? null)}
      action={action}
      onSubmit={keepValuesOnSubmit(action)}
      className="max-w-3xl space-y-6"
      noValidate
    >
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <SelectField
        label="Slags möte"
        name="kind"
        options={meetingKindOptions}
        defaultValue={value('kind', 'APT')}
        error={err('kind')}
      />
      <fieldset className={box} aria-describedby={describedBy(err('unitIds') && 'unitIds-error')}>
        <legend className="px-1 font-semibold">Vilka enheter bjuds in?</legend>
        <p className="text-sm text-slate-700">Alla aktiva i enheten och enheterna under den bjuds in.</p>
        <ul className="max-h-72 space-y-1 overflow-y-auto">
          {units.map((u) => (
            <li
              key={u.id}
              className="flex items-center gap-2"
              style={{ paddingLeft: `${(u.depth - minDepth) * 1}rem` }}
            >
              <input
                type="checkbox"
                id={`unit-${u.id}`}
                name="unitIds"
                value={u.id}
                defaultChecked={ticked('unitIds', u.id)}
                className="size-4"
              />
              <label htmlFor={`unit-${u.id}`}>{u.name}</label>
            </li>
          ))}
        </ul>
        <FieldError id="unitIds-error" error={err('unitIds')} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Datum"
          name="date"
          type="date"
          hint={`Till exempel ${today}`}
          defaultValue={value('date')}
          error={err('date')}
          required
        />
        <Field
          label="Starttid"
          name="time"
          type="time"
          hint="Till exempel 13:30"
          defaultValue={value('time')}
          error={err('time')}
          required
        />
        <Field
          label="Längd i minuter"
          name="minutes"
          type="number"
          defaultValue={value('minutes', '60')}
          error={err('minutes')}
          required
        />
      </div>
      <div className={box}>
        <Field
          label="Plats"
          name="place"
          hint="Rum och adress, till exempel Personalrummet, Solrosen"
          defaultValue={value('place')}
          error={err('place')}
        />
        <div className="flex items-center gap-2">
          <input
            type="checkbox"
            id="digital"
            name="digital"
            defaultChecked={value('digital') === 'on'}
            className="size-4"
          />
          <label htmlFor="digital">Träffen är digital</label>
        </div>
      </div>
      <fieldset className={box}>
        <legend className="px-1 font-semibold">Vad går ni igenom?</legend>
        <SelectField
          label="Kurs"
          name="courseId"
          emptyLabel="Ingen kurs, bara vägledning"
          options={courses.map((c) => ({ value: c.id, label: c.title }))}
          defaultValue={value('courseId')}
          error={err('courseId')}
        />
        <div className="flex items-center gap-2">
          <input
            type="checkbox"
            id="wholeCourse"
            name="wholeCourse"
            defaultChecked={sent ? value('wholeCourse') === 'on' : true}
            className="size-4"
          />
          <label htmlFor="wholeCourse">Hela kursen</label>
        </div>
        <details className="rounded border border-slate-200 p-2">
          <summary className="cursor-pointer">Eller välj lektioner (ta bort bocken för Hela kursen)</summary>
          {courses.map((c) => (
            <fieldset key={c.id} className="mt-2" aria-describedby={describedBy(err('lessonIds') && 'lessonIds-error')}>
              <legend className="font-medium">{c.title}</legend>
              <ul className="space-y-1">
                {c.lessons.map((l) => (
                  <li key={l.id} className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      id={`lesson-${l.id}`}
                      name="lessonIds"
                      value={l.id}
                      defaultChecked={ticked('lessonIds', l.id)}
                      className="size-4"
                    />
                    <label htmlFor={`lesson-${l.id}`}>
                      {l.position}. {l.title}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </details>
        <FieldError id="lessonIds-error" error={err('lessonIds')} />
        <details className="rounded border border-slate-200 p-2" open={Boolean(err('guideSlugs'))}>
          <summary className="cursor-pointer">Vägledningssidor att läsa tillsammans</summary>
          <ul className="mt-2 space-y-1">
            {guides.map((g) => (
              <li key={g.slug} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  id={`guide-${g.slug}`}
                  name="guideSlugs"
                  value={g.slug}
                  defaultChecked={ticked('guideSlugs', g.slug)}
                  className="size-4"
                />
                <label htmlFor={`guide-${g.slug}`}>{g.title}</label>
              </li>
            ))}
          </ul>
          <FieldError id="guideSlugs-error" error={err('guideSlugs')} />
        </details>
        {examples.length > 0 ? (
          <details className="rounded border border-slate-200 p-2" open={Boolean(err('exampleIds'))}>
            <summary className="cursor-pointer">Lärande exempel från kollegor att berätta om</summary>
            <ul className="mt-2 space-y-1">
              {examples.map((e) => (
                <li key={e.id} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    id={`example-${e.id}`}
                    name="exampleIds"
                    value={e.id}
                    defaultChecked={ticked('exampleIds', e.id)}
                    className="size-4"
                  />
                  <label htmlFor={`example-${e.id}`}>{e.title}</label>
                </li>
              ))}
            </ul>
            <FieldError id="exampleIds-error" error={err('exampleIds')} />
          </details>
        ) : null}
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Sparar …' : 'Planera träffen och skicka inbjudan'}
      </button>
    </form>
  );
}
