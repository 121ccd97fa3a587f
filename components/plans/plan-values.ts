import { audienceToKey } from '@/lib/audiences';
import { stockholmDay } from '@/lib/dates';
import type { PlanView } from '@/lib/data/competence-plans';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { activityKindFormKey } from '@/lib/plans/format';
import type { PlanFormValues } from '@/lib/validation/competence-plan';

// The plan form's starting values: empty for a new plan, the saved plan's for a change. Numbers
// are written as a person reading the page would type them: "2,5" in Swedish, "2.5" in English
// (the form takes both).

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

export const savedPlanValues = (plan: PlanView, locale: Locale = defaultLocale): PlanFormValues => ({
  planId: plan.id,
  version: String(plan.version),
  unitId: plan.unit.id,
  year: String(plan.year),
  hoursPerEmployee:
    plan.hoursPerEmployee === null
      ? ''
      : locale === 'sv'
        ? String(plan.hoursPerEmployee).replace('.', ',')
        : String(plan.hoursPerEmployee),
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
