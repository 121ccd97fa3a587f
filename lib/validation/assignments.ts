import { z } from './zod';
import { addYears, isDay, isPastDay, stockholmDay } from '@/lib/dates';
import type { PersonStatus, TeamQuery } from '@/lib/assignments/status';
import { keyToAudience } from '@/lib/audiences';
import { flag } from './form';

const id = z.string().trim().min(1, 'Uppgiften saknar id.').max(64, 'Ogiltigt id.');
const audience = z.enum(['POLITICIAN', 'MANAGER', 'STRATEGIST', 'EMPLOYEE'], { error: 'Välj en målgrupp.' });
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** Due dates reach at most this far ahead: further is a typing error (year 9999), not a plan. */
export const DUE_YEARS_AHEAD = 5;
/** Written out, so lib/i18n/messages-en.ts can give its English; tests/unit/written-limits.test.ts holds it equal to the limit. */
export const DUE_YEARS_MESSAGE = 'Välj ett slutdatum högst 5 år fram i tiden.';

const dueDay = z
  .string({ error: 'Skriv datumet som åååå-mm-dd.' })
  .refine(isDay, 'Skriv datumet som åååå-mm-dd.')
  .refine(
    (d) => !isDay(d) || !isPastDay(d, new Date()),
    'Slutdatumet har redan passerat. Välj i dag eller ett senare datum.',
  )
  .refine((d) => !isDay(d) || d <= addYears(stockholmDay(new Date()), DUE_YEARS_AHEAD), DUE_YEARS_MESSAGE);

/** "course:<id>" or "path:<id>", the value of the one select that lists both. */
export const itemSchema = z
  .string({ error: 'Välj en kurs eller lärväg.' })
  .regex(/^(course|path):[^:\s]{1,64}$/, 'Välj en kurs eller lärväg.')
  .transform((v) => {
    const [kind, ref] = v.split(':') as ['course' | 'path', string];
    return { kind, id: ref };
  });

export const assignSchema = z
  .object({
    item: itemSchema,
    target: z.enum(['people', 'unit', 'audience'], { error: 'Välj vem som ska få den.' }),
    userIds: z
      .array(id, { error: 'Välj minst en person.' })
      .max(5000, 'Välj högst 5 000 personer åt gången.')
      .default([]),
    unitId: z.preprocess(blankToUndefined, id.optional()),
    includeSubunits: flag,
    audience: z.preprocess(blankToUndefined, audience.optional()),
    dueDate: z.preprocess(blankToUndefined, dueDay.optional()),
    message: z.preprocess(
      blankToUndefined,
      z.string().trim().max(1000, 'Meddelandet får vara högst 1 000 tecken.').optional(),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.target === 'people' && v.userIds.length === 0)
      ctx.addIssue({ code: 'custom', path: ['userIds'], message: 'Välj minst en person.' });
    if (v.target === 'unit' && !v.unitId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Välj en enhet.' });
    if (v.target === 'audience' && !v.audience)
      ctx.addIssue({ code: 'custom', path: ['audience'], message: 'Välj en målgrupp.' });
  });
export type AssignInput = z.infer<typeof assignSchema>;

export const ruleSchema = z
  .object({
    item: itemSchema,
    unitId: z.preprocess(blankToUndefined, id.optional()),
    includeSubunits: flag,
    audience: z.preprocess(blankToUndefined, audience.optional()),
    dueDays: z.coerce
      .number({ error: 'Skriv ett antal dagar.' })
      .int('Skriv ett helt antal dagar.')
      .min(1, 'Skriv minst 1 dag.')
      .max(365, 'Skriv högst 365 dagar.'),
  })
  .refine((v) => v.unitId || v.audience, { path: ['unitId'], message: 'Välj en enhet, en målgrupp eller båda.' });
export type RuleInput = z.infer<typeof ruleSchema>;

/** Withdrawing one assignment: the reason is required and kept in the audit log. */
export const withdrawSchema = z.object({
  assignmentId: id,
  reason: z
    .string({ error: 'Skriv varför kursen återkallas.' })
    .trim()
    .min(1, 'Skriv varför kursen återkallas.')
    .max(500, 'Skälet får vara högst 500 tecken.'),
});
export type WithdrawInput = z.infer<typeof withdrawSchema>;

/** A new due date for one assignment, earlier or later; empty means no due date at all. */
export const changeDueSchema = z.object({
  assignmentId: id,
  dueDate: z.preprocess(blankToUndefined, dueDay.optional()),
});
export type ChangeDueInput = z.infer<typeof changeDueSchema>;

export const reminderSchema = z.object({
  userIds: z
    .array(id, { error: 'Välj minst en person att påminna.' })
    .min(1, 'Välj minst en person att påminna.')
    .max(500, 'Välj högst 500 personer åt gången.'),
});

const statusParam: Record<string, PersonStatus> = {
  forsenad: 'overdue',
  pagar: 'in-progress',
  'ej-paborjad': 'not-started',
  klar: 'done',
  inget: 'none',
};
export const statusToParam = Object.fromEntries(Object.entries(statusParam).map(([k, v]) => [v, k])) as Record<
  PersonStatus,
  string
>;
const sortParam: Record<string, TeamQuery['sort']> = {
  namn: 'name',
  enhet: 'unit',
  slutdatum: 'due',
  status: 'status',
};

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The team view's search parameters (Swedish names and values); anything unknown is ignored. */
export function parseTeamQuery(params: Record<string, string | string[] | undefined>): TeamQuery {
  const get = (k: string) => (typeof one(params[k]) === 'string' ? (one(params[k]) as string) : '');
  const page = Number.parseInt(get('sida'), 10);
  return {
    unitId: get('enhet') || undefined,
    audience: keyToAudience[get('malgrupp') as keyof typeof keyToAudience],
    status: statusParam[get('status')],
    sort: sortParam[get('sortera')] ?? 'name',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}
