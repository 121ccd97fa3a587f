import { z } from './zod';
import { audienceKeys, topicKeys } from './content';
import { choices, flag, MARKUP_MESSAGE, noMarkup, oneLine, versionSchema } from './form';

// A colleague's learning example (lärande exempel) and its review. Text is plain text: markup is
// refused with a message rather than shown as odd characters.

const id = z.string().trim().min(1).max(64);
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
export const EXAMPLE_TEXT_MAX = 3000;

const text = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(EXAMPLE_TEXT_MAX, `Skriv högst ${EXAMPLE_TEXT_MAX} tecken.`)
    .refine(noMarkup, MARKUP_MESSAGE);

export const exampleSchema = z.object({
  title: oneLine({ max: 120, required: 'Skriv en rubrik.' }).refine(noMarkup, MARKUP_MESSAGE),
  what: text('Berätta vad ni gjorde.'),
  learned: text('Berätta vad ni lärde er.'),
  changed: z.preprocess(
    (v) => v ?? '',
    z.string().trim().max(EXAMPLE_TEXT_MAX, `Skriv högst ${EXAMPLE_TEXT_MAX} tecken.`).refine(noMarkup, MARKUP_MESSAGE),
  ),
  unitId: z.preprocess(blankToUndefined, id.optional()),
  topics: choices(topicKeys, { required: 'Välj minst ett ämne.', unknown: 'Okänt ämne.' }),
  audiences: choices(audienceKeys, { required: 'Välj minst en målgrupp.', unknown: 'Okänd målgrupp.' }),
  showName: flag,
});
export type ExampleInput = z.infer<typeof exampleSchema>;

export const exampleEditSchema = exampleSchema.extend({ exampleId: id, version: versionSchema });
export type ExampleEditInput = z.infer<typeof exampleEditSchema>;

export const exampleReviewSchema = z
  .object({
    exampleId: id,
    decision: z.enum(['approve', 'changes', 'decline'], { error: 'Välj vad du vill göra med exemplet.' }),
    comment: z.preprocess(
      (v) => v ?? '',
      z.string().trim().max(1000, 'Skriv högst 1 000 tecken.').refine(noMarkup, MARKUP_MESSAGE),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== 'approve' && v.comment === '')
      ctx.addIssue({
        code: 'custom',
        path: ['comment'],
        message: 'Skriv en kommentar till den som skrev exemplet: vad ska ändras, eller varför publiceras det inte?',
      });
  });
export type ExampleReviewInput = z.infer<typeof exampleReviewSchema>;

export const exampleNameSchema = z.object({ exampleId: id, showName: flag });
export const exampleWithdrawSchema = z.object({ exampleId: id });
