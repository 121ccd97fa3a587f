import { z } from './zod';
import { isDay } from '@/lib/dates';
import { MARKUP_MESSAGE, noMarkup, oneLine, VERSION_MESSAGE, versionSchema } from './form';

// A competence plan (kompetensplan) for one administration and year: the resources the
// politicians decided, goals on courses and planned activities. Whether the administration is
// within the viewer's reach, the courses exist and the year is free is decided in the data layer.
// Goals and activities are rows of fields with the same names (like the guide's sources): the form
// has a few empty rows, and rows left empty are dropped before the schema sees them.

export const PLAN_YEARS = { min: 2020, max: 2100 } as const;
export const MAX_HOURS = 200;
export const MAX_BUDGET = 1_000_000_000;
export const MAX_GOALS = 20;
export const MAX_ACTIVITIES = 30;
export const PLAN_NOTES_MAX = 4000;

export const planAudienceKeys = ['alla', 'politiker', 'chef', 'strateg', 'medarbetare'] as const;
export type PlanAudienceKey = (typeof planAudienceKeys)[number];
export const activityKindKeys = ['kurs', 'gruppträff', 'annat'] as const;
export const activityKindOf = { kurs: 'COURSE', gruppträff: 'SESSION', annat: 'OTHER' } as const;

const id = z.string().trim().min(1).max(64);
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const SPACES = /[\s\u00a0\u202f]/g;

// The messages that name a limit are written out, so lib/i18n/messages-en.ts can give their English;
// tests/unit/plans/plan-validation.test.ts holds them equal to the limits.
export const YEAR_MESSAGE = 'Skriv ett årtal mellan 2020 och 2100.';
export const HOURS_MAX_MESSAGE = 'Högst 200 timmar per anställd och år. Kontrollera siffran.';
export const NOTES_MAX_MESSAGE = 'Skriv högst 4 000 tecken.';
export const ROWS_MAX_MESSAGE = { goals: 'Högst 20 mål.', activities: 'Högst 30 aktiviteter.' } as const;
export const ACTIVITY_TITLE_MAX = 200;
export const ACTIVITY_TITLE_MAX_MESSAGE = 'Skriv högst 200 tecken.';
const year = z
  .string({ error: YEAR_MESSAGE })
  .trim()
  .regex(/^\d{4}$/, YEAR_MESSAGE)
  .transform(Number)
  .refine((y) => y >= PLAN_YEARS.min && y <= PLAN_YEARS.max, YEAR_MESSAGE);

const HOURS_FORM = 'Skriv antalet timmar som ett tal, till exempel 4 eller 2,5.';
/** Hours per employee: a comma or a point as decimal sign, at most one decimal. */
const hours = z.preprocess(
  blank,
  z
    .string()
    .trim()
    .refine((v) => !v.startsWith('-'), 'Timmarna kan inte vara negativa.')
    .refine((v) => /^-?\d+([.,]\d+)?$/.test(v), HOURS_FORM)
    .refine((v) => !/[.,]\d{2,}$/.test(v), 'Skriv timmarna med högst en decimal, till exempel 2,5.')
    .transform((v) => Number(v.replace(',', '.')))
    .refine((v) => v <= MAX_HOURS, HOURS_MAX_MESSAGE)
    .optional(),
);

/**
 * Kronor in whole numbers; spaces between the digits (and a trailing "kr") are allowed, and commas
 * between groups of three digits as an English reader writes them ("250,000"; never a decimal
 * comma: "250,5" is refused).
 */
const budget = z.preprocess(
  blank,
  z
    .string()
    .transform((v) =>
      v
        .replace(SPACES, '')
        .replace(/(kr|kronor)\.?$/i, '')
        .replace(/^\d{1,3}(,\d{3})+$/, (grouped) => grouped.replaceAll(',', '')),
    )
    .refine((v) => !v.startsWith('-'), 'Budgeten kan inte vara negativ.')
    .refine((v) => /^\d+$/.test(v), 'Skriv budgeten i hela kronor med siffror, till exempel 250 000.')
    .transform(Number)
    .refine((v) => v <= MAX_BUDGET, 'Budgeten kan vara högst 1 000 000 000 kr. Kontrollera siffran.')
    .optional(),
);

const DAY_MESSAGE = 'Skriv beslutsdatumet som åååå-mm-dd, till exempel 2026-03-14.';
const decisionDate = z.preprocess(blank, z.string().trim().refine(isDay, DAY_MESSAGE).optional());

const TARGET_MESSAGE = 'Skriv målet i hela procent, 1–100.';
export const goalSchema = z.object({
  courseId: z
    .string({ error: 'Välj vilken kurs målet gäller.' })
    .trim()
    .min(1, 'Välj vilken kurs målet gäller.')
    .max(64),
  audience: z.enum(planAudienceKeys, { error: 'Välj en målgrupp i listan.' }),
  targetPercent: z
    .string({ error: TARGET_MESSAGE })
    .trim()
    .refine((v) => !v.startsWith('-'), 'Målet kan inte vara negativt.')
    .refine((v) => /^-?\d+( ?%)?$/.test(v), TARGET_MESSAGE)
    .transform((v) => Number(v.replace(/ ?%$/, '')))
    .refine((v) => v >= 1, 'Målet måste vara minst 1 %.')
    .refine((v) => v <= 100, 'Målet kan inte vara över 100 %.'),
});
export type GoalInput = z.infer<typeof goalSchema>;

const MONTH_MESSAGE = 'Skriv månaden som ett tal, 1–12.';
export const activitySchema = z.object({
  kind: z.enum(activityKindKeys, { error: 'Välj vilket slags aktivitet det är.' }).transform((k) => activityKindOf[k]),
  title: oneLine({
    max: ACTIVITY_TITLE_MAX,
    required: 'Skriv vad aktiviteten är.',
    tooLong: ACTIVITY_TITLE_MAX_MESSAGE,
  }).refine(noMarkup, MARKUP_MESSAGE),
  month: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, MONTH_MESSAGE)
      .transform(Number)
      .refine((m) => m >= 1 && m <= 12, MONTH_MESSAGE)
      .optional(),
  ),
  courseId: z.preprocess(blank, id.optional()),
});
export type ActivityInput = z.infer<typeof activitySchema>;

/**
 * Parses repeated rows one by one, so each refusal says its row: the issue's path is the list's
 * name and the row's index (['goals', 1]), and lib/plans/row-errors.ts names it for the reader.
 */
function rows<T extends z.ZodType>(schema: T, max: number, tooMany: string) {
  return z
    .array(z.unknown(), { error: 'Uppgiften har fel form.' })
    .max(max, tooMany)
    .default([])
    .transform((list, ctx) => {
      const parsed: z.output<T>[] = [];
      list.forEach((row, i) => {
        const result = schema.safeParse(row);
        if (result.success) parsed.push(result.data);
        else
          for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: [i], message: issue.message });
      });
      return parsed;
    });
}

export const planSchema = z
  .object({
    planId: z.preprocess(blank, id.optional()),
    version: z.preprocess(blank, versionSchema.optional()),
    unitId: z.preprocess(blank, id.optional()),
    year,
    hoursPerEmployee: hours,
    budgetKronor: budget,
    decisionDate,
    decisionReference: oneLine({
      max: 100,
      tooLong: 'Skriv beslutets diarienummer eller paragraf med högst 100 tecken.',
    })
      .refine(noMarkup, MARKUP_MESSAGE)
      .default(''),
    notes: z.string().trim().max(PLAN_NOTES_MAX, NOTES_MAX_MESSAGE).refine(noMarkup, MARKUP_MESSAGE).default(''),
    goals: rows(goalSchema, MAX_GOALS, ROWS_MAX_MESSAGE.goals),
    activities: rows(activitySchema, MAX_ACTIVITIES, ROWS_MAX_MESSAGE.activities),
  })
  .superRefine((v, ctx) => {
    if (!v.planId && !v.unitId)
      ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Välj vilken förvaltning planen gäller.' });
    if (v.planId && v.version === undefined)
      ctx.addIssue({ code: 'custom', path: ['version'], message: VERSION_MESSAGE });
    const keys = v.goals.map((g) => `${g.courseId}|${g.audience}`);
    if (new Set(keys).size !== keys.length)
      ctx.addIssue({
        code: 'custom',
        path: ['goals'],
        message: 'Två mål gäller samma kurs och målgrupp. Ta bort det ena.',
      });
  });
export type PlanInput = z.infer<typeof planSchema>;

/** What the plan form sends, kept as text so a refused save shows it again as typed. */
export type PlanFormValues = {
  planId: string;
  version: string;
  unitId: string;
  year: string;
  hoursPerEmployee: string;
  budgetKronor: string;
  decisionDate: string;
  decisionReference: string;
  notes: string;
  goals: { courseId: string; audience: string; targetPercent: string }[];
  activities: { kind: string; title: string; month: string; courseId: string }[];
};

const str = (v: FormDataEntryValue | null | undefined) => (typeof v === 'string' ? v : '');
const filled = (row: Record<string, string>, ignore: readonly string[] = []) =>
  Object.entries(row).some(([k, v]) => !ignore.includes(k) && v.trim() !== '');

/** The plan form's reader: single fields by name, goal and activity rows by position. */
export function planValuesFrom(form: FormData): PlanFormValues {
  const all = (name: string) => form.getAll(name).map(str);
  const [goalCourse, goalAudience, goalTarget] = [all('goalCourse'), all('goalAudience'), all('goalTarget')];
  const [kinds, titles, months, courses] = [
    all('activityKind'),
    all('activityTitle'),
    all('activityMonth'),
    all('activityCourse'),
  ];
  const one = (name: string) => str(form.get(name));
  return {
    planId: one('planId'),
    version: one('version'),
    unitId: one('unitId'),
    year: one('year'),
    hoursPerEmployee: one('hoursPerEmployee'),
    budgetKronor: one('budgetKronor'),
    decisionDate: one('decisionDate'),
    decisionReference: one('decisionReference'),
    notes: one('notes').replace(/\r\n/g, '\n'),
    // A row counts once something is chosen or written besides the preset audience or kind.
    goals: goalCourse
      .map((courseId, i) => ({ courseId, audience: goalAudience[i] ?? 'alla', targetPercent: goalTarget[i] ?? '' }))
      .filter((g) => filled(g, ['audience'])),
    activities: titles
      .map((title, i) => ({ kind: kinds[i] ?? '', title, month: months[i] ?? '', courseId: courses[i] ?? '' }))
      .filter((a) => filled(a, ['kind'])),
  };
}

/** The year in the address (?ar=2027), or undefined when it is missing or not a plan year. */
export function parsePlanYear(value: string | string[] | undefined): number | undefined {
  const parsed = year.safeParse(typeof value === 'string' ? value : '');
  return parsed.success ? parsed.data : undefined;
}
