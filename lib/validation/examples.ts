import { z } from './zod';
import {
  ALT_REQUIRED,
  CAPTIONS_REQUIRED,
  CAPTIONS_WITHOUT_FILM,
  IMAGE_ALT_MAX,
  uploadProblem,
  type InspectedUpload,
  type UploadKind,
} from '@/lib/uploads/rules';
import { audienceKeys, topicKeys } from './content';
import { choices, flag, MARKUP_MESSAGE, noMarkup, oneLine, versionSchema } from './form';

// A colleague's learning example (lärande exempel) and its review. Text is plain text: markup is
// refused with a message rather than shown as odd characters.

const id = z.string().trim().min(1).max(64);
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
export const EXAMPLE_TEXT_MAX = 3000;
// The messages that name a limit are written out, so lib/i18n/messages-en.ts can give their English;
// tests/unit/written-limits.test.ts holds them equal to the limits.
export const EXAMPLE_TEXT_MAX_MESSAGE = 'Skriv högst 3000 tecken.';
export const TITLE_MAX = 120;
export const TITLE_MAX_MESSAGE = 'Skriv högst 120 tecken.';
export const IMAGE_ALT_MAX_MESSAGE = 'Skriv högst 300 tecken.';

const text = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(EXAMPLE_TEXT_MAX, EXAMPLE_TEXT_MAX_MESSAGE)
    .refine(noMarkup, MARKUP_MESSAGE);

// A chosen file, as lib/uploads/inspect.ts found it on the server (the form's fields are files,
// which the action inspects before the schema runs): size and type are judged here, with the text.
const upload = z
  .object({ file: z.custom<Blob>((v) => v instanceof Blob), size: z.number(), type: z.string().nullable() })
  .optional();

const exampleFields = z.object({
  title: oneLine({ max: TITLE_MAX, required: 'Skriv en rubrik.', tooLong: TITLE_MAX_MESSAGE }).refine(
    noMarkup,
    MARKUP_MESSAGE,
  ),
  what: text('Berätta vad ni gjorde.'),
  learned: text('Berätta vad ni lärde er.'),
  changed: z.preprocess(
    (v) => v ?? '',
    z.string().trim().max(EXAMPLE_TEXT_MAX, EXAMPLE_TEXT_MAX_MESSAGE).refine(noMarkup, MARKUP_MESSAGE),
  ),
  unitId: z.preprocess(blankToUndefined, id.optional()),
  topics: choices(topicKeys, { required: 'Välj minst ett ämne.', unknown: 'Okänt ämne.' }),
  audiences: choices(audienceKeys, { required: 'Välj minst en målgrupp.', unknown: 'Okänd målgrupp.' }),
  showName: flag,
  imageAlt: z.preprocess(
    blankToUndefined,
    oneLine({ max: IMAGE_ALT_MAX, tooLong: IMAGE_ALT_MAX_MESSAGE }).refine(noMarkup, MARKUP_MESSAGE).optional(),
  ),
  image: upload,
  film: upload,
  captions: upload,
});

// On an edit: what the example already has (for the form's messages; the data layer decides from
// the stored example) and what the author asked to remove.
const editFields = {
  exampleId: id,
  version: versionSchema,
  hasImage: flag.optional(),
  hasFilm: flag.optional(),
  removeImage: flag.optional(),
  removeFilm: flag.optional(),
};

type Media = Partial<Record<UploadKind, InspectedUpload>> & {
  imageAlt?: string;
  hasImage?: boolean;
  hasFilm?: boolean;
  removeImage?: boolean;
  removeFilm?: boolean;
};

/** The files' own problems, and what must come with them: alt text with an image, captions with a film. */
function checkMedia(v: Media, ctx: z.RefinementCtx) {
  for (const kind of ['image', 'film', 'captions'] as const) {
    const problem = v[kind] && uploadProblem(kind, v[kind]);
    if (problem) ctx.addIssue({ code: 'custom', path: [kind], message: problem });
  }
  const keepsImage = v.image || (v.hasImage && !v.removeImage);
  if (keepsImage && !v.imageAlt) ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: ALT_REQUIRED });
  const keepsFilm = v.film || (v.hasFilm && !v.removeFilm);
  if (v.film && !v.captions) ctx.addIssue({ code: 'custom', path: ['captions'], message: CAPTIONS_REQUIRED });
  if (v.captions && !keepsFilm) ctx.addIssue({ code: 'custom', path: ['captions'], message: CAPTIONS_WITHOUT_FILM });
}

export const exampleSchema = exampleFields.superRefine(checkMedia);
export type ExampleInput = z.infer<typeof exampleSchema>;

export const exampleEditSchema = exampleFields.extend(editFields).superRefine(checkMedia);
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
