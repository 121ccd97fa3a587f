import { audienceToKey } from '@/lib/audiences';
import { stockholmDay } from '@/lib/dates';
import type { PlanView } from '@/lib/data/competence-plans';
import { activityKindFormKey } from '@/lib/plans/format';
import type { PlanFormValues } from '@/lib/validation/competence-plan';

// The plan form's starting values: empty for a new plan, the saved plan's for a change. Numbers
// are written the Swedish way (decimal comma), as a person would type them.

export const newPlanValues = (unitId: string, year: number): PlanFormValues => ({
  planId: '',
  version: '',
  unitId,
  year: String(year),
  hoursPerEmployee: '',
  budgetKronor: '',
  decisionDate: '',
  decisionReference: '',
  notes: '',
  goals: [],
  activities: [],
});

export const savedPlanValues = (plan: PlanView): PlanFormValues => ({
  planId: plan.id,
  version: String(plan.version),
  unitId: plan.unit.id,
  year: String(plan.year),
  hoursPerEmployee: plan.hoursPerEmployee === null ? '' : String(plan.hoursPerEmployee).replace('.', ','),
  budgetKronor: plan.budgetKronor === null ? '' : String(plan.budgetKronor),
  decisionDate: plan.decisionDate ? stockholmDay(plan.decisionDate) : '',
  decisionReference: plan.decisionReference,
  notes: plan.notes,
  goals: plan.goals.map((g) => ({
    courseId: g.courseId,
    audience: g.audience ? audienceToKey[g.audience] : 'alla',
    targetPercent: String(g.targetPercent),
  })),
  activities: plan.activities.map((a) => ({
    kind: activityKindFormKey[a.kind],
    title: a.title,
    month: a.month === null ? '' : String(a.month),
    courseId: a.courseId ?? '',
  })),
});
