import { z } from './zod';
import { idSchema } from './admin';
import { MARKUP_MESSAGE, noMarkup } from './form';

// An administrator's handling of a request for deletion (/admin/radering/[id]). The answer is what
// the person reads on Min sida: required when anything is kept, so the person learns what and why.
export const deletionOutcomeValues = ['ERASED', 'PARTLY_ERASED', 'REFUSED'] as const;
export const ANSWER_MAX = 2000;

export const ANSWER_REQUIRED =
  'Skriv ett svar till personen: vilka uppgifter som måste sparas och varför, till exempel enligt arkivlagen.';

export const deletionHandlingSchema = z
  .object({
    requestId: idSchema,
    outcome: z.enum(deletionOutcomeValues, { error: 'Välj vad som ska göras med begäran.' }),
    answer: z.preprocess(
      (v) => v ?? '',
      z
        .string({ error: 'Skriv svaret som text.' })
        .trim()
        .max(ANSWER_MAX, 'Svaret får vara högst 2 000 tecken.')
        .refine(noMarkup, MARKUP_MESSAGE),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.outcome !== 'ERASED' && v.answer === '')
      ctx.addIssue({ code: 'custom', path: ['answer'], message: ANSWER_REQUIRED });
  });
export type DeletionHandling = z.infer<typeof deletionHandlingSchema>;
