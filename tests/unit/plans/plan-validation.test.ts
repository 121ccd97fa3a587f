// The competence plan form's schema: what a person may type (comma decimals, spaces in kronor)
// and the Swedish refusals for negative, absurd and impossible values.
import { describe, expect, it } from 'vitest';
import {
  HOURS_MAX_MESSAGE,
  MAX_ACTIVITIES,
  MAX_GOALS,
  MAX_HOURS,
  NOTES_MAX_MESSAGE,
  PLAN_NOTES_MAX,
  PLAN_YEARS,
  ROWS_MAX_MESSAGE,
  YEAR_MESSAGE,
  planSchema,
  planValuesFrom,
} from '@/lib/validation/competence-plan';
import { planFieldErrors } from '@/lib/plans/row-errors';

const base = {
  unitId: 'unit-1',
  year: '2027',
  hoursPerEmployee: '2,5',
  budgetKronor: '250 000',
  decisionDate: '2026-03-14',
  decisionReference: 'KS 2026-03-14 § 45',
  notes: '',
  goals: [{ courseId: 'course-1', audience: 'chef', targetPercent: '80' }],
  activities: [{ kind: 'gruppträff', title: 'Grundkursen på APT', month: '4', courseId: 'course-1' }],
};

const messages = (input: object) => {
  const result = planSchema.safeParse({ ...base, ...input });
  expect(result.success).toBe(false);
  // As the form shows them: by field, a goal's or activity's refusal named by its row.
  return Object.values(planFieldErrors(result.error!, 'sv')).flat();
};

describe('plan schema', () => {
  it('accepts a plan with a decimal comma, spaces in the budget and a goal row', () => {
    const result = planSchema.safeParse(base);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      year: 2027,
      hoursPerEmployee: 2.5,
      budgetKronor: 250_000,
      goals: [{ courseId: 'course-1', audience: 'chef', targetPercent: 80 }],
      activities: [{ kind: 'SESSION', title: 'Grundkursen på APT', month: 4, courseId: 'course-1' }],
    });
  });

  it('takes a budget written the English way, with commas between groups of three digits', () => {
    expect(planSchema.parse({ ...base, budgetKronor: '250,000' }).budgetKronor).toBe(250_000);
    expect(planSchema.parse({ ...base, budgetKronor: '1,250,000 kronor' }).budgetKronor).toBe(1_250_000);
    expect(messages({ budgetKronor: '250,5' })[0]).toMatch(/hela kronor/);
    expect(messages({ budgetKronor: '25,00' })[0]).toMatch(/hela kronor/);
  });

  it('names the limits it refuses by, written out as the limits are (so they have English)', () => {
    const written = (n: number) => n.toLocaleString('sv-SE').replace(/\s/g, ' ');
    expect(YEAR_MESSAGE).toBe(`Skriv ett årtal mellan ${PLAN_YEARS.min} och ${PLAN_YEARS.max}.`);
    expect(HOURS_MAX_MESSAGE).toBe(`Högst ${MAX_HOURS} timmar per anställd och år. Kontrollera siffran.`);
    expect(NOTES_MAX_MESSAGE).toBe(`Skriv högst ${written(PLAN_NOTES_MAX)} tecken.`);
    expect(ROWS_MAX_MESSAGE).toEqual({
      goals: `Högst ${MAX_GOALS} mål.`,
      activities: `Högst ${MAX_ACTIVITIES} aktiviteter.`,
    });
    expect(messages({ year: '1999' })).toContain(YEAR_MESSAGE);
    expect(messages({ hoursPerEmployee: '500' })).toContain(HOURS_MAX_MESSAGE);
    expect(messages({ notes: 'x'.repeat(PLAN_NOTES_MAX + 1) })).toContain(NOTES_MAX_MESSAGE);
    expect(messages({ goals: Array.from({ length: MAX_GOALS + 1 }, () => base.goals[0]) })).toContain(
      ROWS_MAX_MESSAGE.goals,
    );
  });

  it('leaves out resources that were not filled in', () => {
    const result = planSchema.parse({ ...base, hoursPerEmployee: '', budgetKronor: ' ', decisionDate: '' });
    expect(result.hoursPerEmployee).toBeUndefined();
    expect(result.budgetKronor).toBeUndefined();
    expect(result.decisionDate).toBeUndefined();
  });

  it('refuses negative and absurd hours and budgets', () => {
    expect(messages({ hoursPerEmployee: '-3' })).toContain('Timmarna kan inte vara negativa.');
    expect(messages({ hoursPerEmployee: '500' })[0]).toMatch(/Högst 200 timmar/);
    expect(messages({ hoursPerEmployee: '2,25' })[0]).toMatch(/högst en decimal/);
    expect(messages({ hoursPerEmployee: 'fyra' })[0]).toMatch(/som ett tal/);
    expect(messages({ budgetKronor: '-100' })).toContain('Budgeten kan inte vara negativ.');
    expect(messages({ budgetKronor: '5 000 000 000' })[0]).toMatch(/högst 1 000 000 000 kr/);
    expect(messages({ budgetKronor: '12,5' })[0]).toMatch(/hela kronor/);
  });

  it('refuses a goal above 100 %, below 1 % and without a course, naming the row', () => {
    const goal = (over: object) => ({ goals: [base.goals[0], { ...base.goals[0], ...over }] });
    expect(messages(goal({ targetPercent: '120' }))).toContain('Mål 2: Målet kan inte vara över 100 %.');
    expect(messages(goal({ targetPercent: '0' }))).toContain('Mål 2: Målet måste vara minst 1 %.');
    expect(messages(goal({ targetPercent: '-5' }))).toContain('Mål 2: Målet kan inte vara negativt.');
    expect(messages(goal({ courseId: '' }))).toContain('Mål 2: Välj vilken kurs målet gäller.');
    expect(messages(goal({ audience: 'alla-utom-mig' }))).toContain('Mål 2: Välj en målgrupp i listan.');
  });

  it('refuses a year outside 2020–2100, a wrong date, a long reference and a month 13', () => {
    expect(messages({ year: '1999' })[0]).toMatch(/mellan 2020 och 2100/);
    expect(messages({ year: '20277' })[0]).toMatch(/mellan 2020 och 2100/);
    expect(messages({ decisionDate: '2026-02-30' })[0]).toMatch(/åååå-mm-dd/);
    expect(messages({ decisionReference: 'x'.repeat(101) })[0]).toMatch(/högst 100 tecken/);
    const month = { activities: [{ ...base.activities[0], month: '13' }] };
    expect(messages(month)).toContain('Aktivitet 1: Skriv månaden som ett tal, 1–12.');
  });

  it('needs an administration for a new plan and a version for a change', () => {
    expect(messages({ unitId: '' })).toContain('Välj vilken förvaltning planen gäller.');
    expect(messages({ unitId: '', planId: 'plan-1', version: '' })[0]).toMatch(/versionsnummer/);
    expect(planSchema.safeParse({ ...base, unitId: '', planId: 'plan-1', version: '3' }).success).toBe(true);
  });

  it('reads goal and activity rows by position and drops the empty ones', () => {
    const form = new FormData();
    form.set('year', '2027');
    for (const [course, audience, target] of [
      ['c1', 'chef', '80'],
      ['', 'alla', ''],
      ['c2', 'alla', '50'],
    ]) {
      form.append('goalCourse', course!);
      form.append('goalAudience', audience!);
      form.append('goalTarget', target!);
    }
    for (const title of ['APT', '']) {
      form.append('activityKind', 'kurs');
      form.append('activityTitle', title);
      form.append('activityMonth', '');
      form.append('activityCourse', '');
    }
    const values = planValuesFrom(form);
    expect(values.goals).toEqual([
      { courseId: 'c1', audience: 'chef', targetPercent: '80' },
      { courseId: 'c2', audience: 'alla', targetPercent: '50' },
    ]);
    expect(values.activities).toEqual([{ kind: 'kurs', title: 'APT', month: '', courseId: '' }]);
  });
});
