'use client';

import { useActionState } from 'react';
import { savePlanAction } from '@/lib/actions/competence-plans';
import { Alert } from '@/components/ui/alert';
import { Field, TextAreaField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { describedBy, FieldError } from '@/components/team/form-bits';
import type { PlanFormValues } from '@/lib/validation/competence-plan';
import { PlanRows, type CourseOption } from './plan-rows';

type Props = {
  /** For a new plan: the administrations the viewer may plan for. */
  administrations?: { id: string; name: string }[];
  /** For a change: the administration's name (it cannot change). */
  unitName?: string;
  courses: CourseOption[];
  initialValues: PlanFormValues;
};

const box = 'space-y-4 rounded-lg border border-slate-300 p-4';

/**
 * Makes or changes a competence plan. Works without JavaScript: a refusal draws the form again
 * with what was sent (keyed on the answer), and a few empty rows for goals and activities are
 * always there; more come after saving.
 */
export function PlanForm({ administrations, unitName, courses, initialValues }: Props) {
  const [state, action, pending] = useActionState(savePlanAction, { status: 'idle', values: initialValues });
  const values = state.values ?? initialValues;
  const err = (name: string) => state.fieldErrors?.[name];
  const first = (name: string) => err(name)?.[0];
  return (
    <form action={action} key={state.nonce ?? 0} className="max-w-3xl space-y-6" noValidate>
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <input type="hidden" name="planId" value={values.planId} />
      <input type="hidden" name="version" value={values.version} />
      <div className="grid gap-4 sm:grid-cols-2">
        {administrations ? (
          <SelectField
            label="Förvaltning"
            name="unitId"
            emptyLabel="Välj förvaltning"
            options={administrations.map((a) => ({ value: a.id, label: a.name }))}
            defaultValue={values.unitId}
            error={first('unitId')}
            required
          />
        ) : (
          <p>
            <span className="block font-medium">Förvaltning</span>
            {unitName}
          </p>
        )}
        <Field
          label="År"
          name="year"
          type="text"
          hint="Till exempel 2027"
          defaultValue={values.year}
          error={first('year')}
          required
        />
      </div>
      <fieldset className={box}>
        <legend className="px-1 font-semibold">Resurser som politikerna har beslutat</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Timmar per anställd och år"
            name="hoursPerEmployee"
            hint="Arbetstid för utbildning i jämställdhet, till exempel 4 eller 2,5"
            defaultValue={values.hoursPerEmployee}
            error={first('hoursPerEmployee')}
          />
          <Field
            label="Budget i kronor"
            name="budgetKronor"
            hint="Hela kronor, till exempel 250 000"
            defaultValue={values.budgetKronor}
            error={first('budgetKronor')}
          />
          <Field
            label="Beslutsdatum"
            name="decisionDate"
            type="date"
            hint="Skrivs åååå-mm-dd, till exempel 2026-03-14"
            defaultValue={values.decisionDate}
            error={first('decisionDate')}
          />
          <Field
            label="Beslutets diarienummer eller paragraf"
            name="decisionReference"
            hint="Till exempel KS 2026-03-14 § 45"
            defaultValue={values.decisionReference}
            error={first('decisionReference')}
          />
        </div>
      </fieldset>
      <fieldset className={box} aria-describedby={describedBy(err('goals') && 'goals-error')}>
        <legend className="px-1 font-semibold">Mål</legend>
        <p className="text-sm text-slate-700">
          Till exempel: 80 % av cheferna har gått grundkursen. Lämna en rad tom om du inte behöver den.
        </p>
        <PlanRows kind="goals" values={values} courses={courses} />
        <FieldError id="goals-error" error={err('goals')?.join(' ')} />
      </fieldset>
      <fieldset className={box} aria-describedby={describedBy(err('activities') && 'activities-error')}>
        <legend className="px-1 font-semibold">Planerade aktiviteter</legend>
        <PlanRows kind="activities" values={values} courses={courses} />
        <FieldError id="activities-error" error={err('activities')?.join(' ')} />
      </fieldset>
      <TextAreaField
        label="Anteckningar"
        name="notes"
        rows={4}
        hint="Till exempel vem som ansvarar för uppföljningen"
        defaultValue={values.notes}
        error={first('notes')}
      />
      {first('version') ? <FieldError id="version-error" error={first('version')} /> : null}
      <p className="text-sm text-slate-700">
        Behöver du fler rader för mål eller aktiviteter? Spara, så får du nya tomma rader.
      </p>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Sparar …' : 'Spara planen'}
      </button>
    </form>
  );
}
