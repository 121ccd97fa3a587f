'use server';

import { authorize } from '@/lib/auth/guards';
import { createPlan, updatePlan } from '@/lib/data/competence-plan-writes';
import { planFieldErrors } from '@/lib/plans/row-errors';
import { invalidVersion } from '@/lib/validation/form';
import { planSchema, planValuesFrom, type PlanFormValues } from '@/lib/validation/competence-plan';
import { action } from './action';

// One action for the plan form: a new plan has no plan id, a change names the plan and the
// version it started from. Goals and activities are rows of repeated fields, read by position.
export const savePlanAction = action({
  guard: () => authorize('plans:manage-units'),
  schema: planSchema,
  read: planValuesFrom,
  input: (values: PlanFormValues) => values,
  invalid: (error) => invalidVersion(error) ?? 'Planen är inte sparad. Rätta de markerade fälten.',
  fieldErrors: planFieldErrors,
  run: (data, { viewer }) => (data.planId ? updatePlan(viewer, data) : createPlan(viewer, data)),
  revalidate: (result) => [['/kompetensplaner', 'layout'], `/kompetensplaner/${result.id}`],
  redirect: (result, data) => `/kompetensplaner/${result.id}?${data.planId ? 'sparad' : 'skapad'}=1`,
  fieldFor: { CONFLICT: 'year' },
});
