'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
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
  const t = useTranslations('plans');
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
            label={t('administration')}
            name="unitId"
            emptyLabel={t('chooseAdministration')}
            options={administrations.map((a) => ({ value: a.id, label: a.name }))}
            defaultValue={values.unitId}
            error={first('unitId')}
            required
          />
        ) : (
          <p>
            <span className="block font-medium">{t('administration')}</span>
            {unitName}
          </p>
        )}
        <Field
          label={t('year')}
          name="year"
          type="text"
          hint={t('yearHint')}
          defaultValue={values.year}
          error={first('year')}
          required
        />
      </div>
      <fieldset className={box}>
        <legend className="px-1 font-semibold">{t('resourcesLegend')}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t('hoursLabel')}
            name="hoursPerEmployee"
            hint={t('hoursHint')}
            defaultValue={values.hoursPerEmployee}
            error={first('hoursPerEmployee')}
          />
          <Field
            label={t('budgetLabel')}
            name="budgetKronor"
            hint={t('budgetHint')}
            defaultValue={values.budgetKronor}
            error={first('budgetKronor')}
          />
          <Field
            label={t('decisionDate')}
            name="decisionDate"
            type="date"
            hint={t('decisionDateHint')}
            defaultValue={values.decisionDate}
            error={first('decisionDate')}
          />
          <Field
            label={t('decisionReference')}
            name="decisionReference"
            hint={t('decisionReferenceHint')}
            defaultValue={values.decisionReference}
            error={first('decisionReference')}
          />
        </div>
      </fieldset>
      <fieldset className={box} aria-describedby={describedBy(err('goals') && 'goals-error')}>
        <legend className="px-1 font-semibold">{t('goals')}</legend>
        <p className="text-sm text-slate-700">{t('goalsHint')}</p>
        <PlanRows kind="goals" values={values} courses={courses} />
        <FieldError id="goals-error" error={err('goals')?.join(' ')} />
      </fieldset>
      <fieldset className={box} aria-describedby={describedBy(err('activities') && 'activities-error')}>
        <legend className="px-1 font-semibold">{t('activities')}</legend>
        <PlanRows kind="activities" values={values} courses={courses} />
        <FieldError id="activities-error" error={err('activities')?.join(' ')} />
      </fieldset>
      <TextAreaField
        label={t('notes')}
        name="notes"
        rows={4}
        hint={t('notesHint')}
        defaultValue={values.notes}
        error={first('notes')}
      />
      {first('version') ? <FieldError id="version-error" error={first('version')} /> : null}
      <p className="text-sm text-slate-700">{t('moreRows')}</p>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </button>
    </form>
  );
}
