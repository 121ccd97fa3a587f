import { z } from './zod';
import { isClock, isDay } from '@/lib/dates';
import { flag, MARKUP_MESSAGE, noMarkup, oneLine } from './form';

// A group session (gruppträff) planned by a manager or strategist, and its attendance afterwards.
// Whether the day is in the past and whether the units, course and people are within reach is
// decided in the data layer, which knows the time and the viewer.

const id = z.string().trim().min(1).max(64);
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
export const SESSION_MINUTES = { min: 10, max: 480 } as const;
export const NOTES_MAX = 4000;
export const PLACE_MAX = 200;
// The messages that name a limit are written out, so lib/i18n/messages-en.ts can give their English;
// tests/unit/written-limits.test.ts holds them equal to the limits.
export const MINUTES_MESSAGE = {
  min: 'En träff tar minst 10 minuter.',
  max: 'En träff tar högst 480 minuter.',
} as const;
export const PLACE_MAX_MESSAGE = 'Skriv högst 200 tecken.';
export const NOTES_MAX_MESSAGE = 'Anteckningarna får vara högst 4000 tecken.';

const sessionFields = z.object({
  kind: z.enum(['APT', 'CHEFSMOTE', 'ARBETSGRUPP', 'ANNAT'], { error: 'Välj vilket slags möte det är.' }),
  unitIds: z
    .array(id, { error: 'Välj minst en enhet som ska bjudas in.' })
    .min(1, 'Välj minst en enhet som ska bjudas in.')
    .max(200, 'Välj högst 200 enheter.'),
  date: z.string({ error: 'Skriv datumet som åååå-mm-dd.' }).refine(isDay, 'Skriv datumet som åååå-mm-dd.'),
  time: z
    .string({ error: 'Skriv tiden som tt:mm, till exempel 13:30.' })
    .refine(isClock, 'Skriv tiden som tt:mm, till exempel 13:30.'),
  minutes: z.coerce
    .number({ error: 'Skriv hur många minuter träffen tar.' })
    .int('Skriv hela minuter.')
    .min(SESSION_MINUTES.min, MINUTES_MESSAGE.min)
    .max(SESSION_MINUTES.max, MINUTES_MESSAGE.max),
  digital: flag,
  place: oneLine({ max: PLACE_MAX, tooLong: PLACE_MAX_MESSAGE }).refine(noMarkup, MARKUP_MESSAGE).default(''),
  courseId: z.preprocess(blankToUndefined, id.optional()),
  wholeCourse: flag,
  lessonIds: z.array(id).max(20, 'Välj högst 20 lektioner.').default([]),
  guideSlugs: z
    .array(z.string().regex(/^[a-z0-9-]{1,80}$/, 'Okänd vägledningssida.'))
    .max(10, 'Välj högst 10 vägledningssidor.')
    .default([]),
  exampleIds: z.array(id).max(10, 'Välj högst 10 lärande exempel.').default([]),
});

const needsPlace = (v: { digital: boolean; place: string }, ctx: z.RefinementCtx) => {
  if (!v.digital && v.place === '')
    ctx.addIssue({
      code: 'custom',
      path: ['place'],
      message: 'Skriv var ni ses, eller markera att träffen är digital.',
    });
};

export const sessionSchema = sessionFields.superRefine((v, ctx) => {
  needsPlace(v, ctx);
  if (!v.courseId && v.guideSlugs.length === 0)
    ctx.addIssue({
      code: 'custom',
      path: ['courseId'],
      message: 'Välj en kurs eller minst en vägledningssida som träffen handlar om.',
    });
  if (v.courseId && v.wholeCourse && v.lessonIds.length > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['lessonIds'],
      message: 'Ta bort bocken för Hela kursen om ni bara går igenom de lektioner du har valt.',
    });
  if (v.courseId && !v.wholeCourse && v.lessonIds.length === 0)
    ctx.addIssue({
      code: 'custom',
      path: ['lessonIds'],
      message: 'Välj vilka lektioner ni går igenom, eller hela kursen.',
    });
});
export type SessionInput = z.infer<typeof sessionSchema>;

/** A new time or place for a planned session; the invited are told, and calendars update the same event. */
export const rescheduleSchema = sessionFields
  .pick({ date: true, time: true, minutes: true, digital: true, place: true })
  .extend({ sessionId: id })
  .superRefine(needsPlace);
export type RescheduleInput = z.infer<typeof rescheduleSchema>;

export const CANCEL_REASON_MAX = 500;
export const CANCEL_REASON_MAX_MESSAGE = 'Skriv högst 500 tecken.';
export const cancelSchema = z.object({
  sessionId: id,
  reason: z
    .string()
    .trim()
    .max(CANCEL_REASON_MAX, CANCEL_REASON_MAX_MESSAGE)
    .refine(noMarkup, MARKUP_MESSAGE)
    .default(''),
});
export type CancelInput = z.infer<typeof cancelSchema>;

export const attendanceSchema = z.object({
  sessionId: id,
  present: z.array(id).max(2000, 'Högst 2 000 deltagare per träff.').default([]),
  notes: z.string().trim().max(NOTES_MAX, NOTES_MAX_MESSAGE).refine(noMarkup, MARKUP_MESSAGE).default(''),
});
export type AttendanceInput = z.infer<typeof attendanceSchema>;
