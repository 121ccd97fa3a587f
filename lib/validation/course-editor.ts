import { z } from './zod';
import { audienceKeys, slugSchema, topicKeys } from './content';
import { choices, flag, oneLine, versionSchema } from './form';

// What the course editor sends: the whole course with its lessons. Swedish messages throughout,
// each written out whole: a fixed message reaches an English reader by its exact text
// (lib/i18n/messages-en.ts).
type Messages = { required: string; tooLong: string };

const text = (max: number, { required, tooLong }: Messages) => z.string().trim().min(1, required).max(max, tooLong);

const title = (max: number, { required, tooLong }: Messages) => oneLine({ max, required, tooLong });

const quizQuestion = z
  .object({
    question: text(500, { required: 'Frågan saknas.', tooLong: 'Frågan får vara högst 500 tecken.' }),
    options: z
      .array(
        z.object({
          text: text(300, {
            required: 'Svarsalternativet saknas.',
            tooLong: 'Svarsalternativet får vara högst 300 tecken.',
          }),
        }),
      )
      .min(2, 'En fråga behöver minst två svarsalternativ.')
      .max(5, 'Högst fem svarsalternativ.'),
    correct: z
      .number({ error: 'Välj vilket svar som är rätt.' })
      .int('Välj vilket svar som är rätt.')
      .min(0, 'Välj vilket svar som är rätt.'),
    explanation: text(1000, { required: 'Förklaringen saknas.', tooLong: 'Förklaringen får vara högst 1000 tecken.' }),
  })
  .refine((q) => q.correct < q.options.length, { message: 'Välj vilket svar som är rätt.', path: ['correct'] });

const mediaPath = z
  .string()
  .trim()
  .max(200, 'Sökvägen får vara högst 200 tecken.')
  .regex(/^\/media\/[a-z0-9-]+\.(mp4|webm|vtt)$/, 'Ange en fil i /media, till exempel /media/film.mp4.');

const HEADING = { required: 'Rubriken saknas.', tooLong: 'Rubriken får vara högst 120 tecken.' };
const COURSE_NAME = { required: 'Kursens namn saknas.', tooLong: 'Kursens namn får vara högst 120 tecken.' };
const SUMMARY = { required: 'Sammanfattningen saknas.', tooLong: 'Sammanfattningen får vara högst 300 tecken.' };

// A lesson's and a course's English version, edited beside the Swedish and stored as
// lib/learning/translations.ts reads it. The structure (kind, film, questions, right answers) is the
// Swedish lesson's; only texts are written. `source` names the Swedish text the English was written
// from; the editor sets `upToDate` when the English matches the Swedish as it is now, and the save
// stamps `source` from it (stampEnglish in lib/learning/translations.ts).
const englishBase = {
  kind: z.enum(['READING', 'VIDEO', 'REFLECTION', 'QUIZ'], { error: 'Välj vilken sorts lektion det är.' }).optional(),
  source: z.string().max(64, 'Ogiltigt värde.').optional(),
  upToDate: z.boolean({ error: 'Ogiltigt värde.' }).optional(),
  title: title(120, HEADING),
};
const englishBody = z.string().trim().max(20000, 'Texten får vara högst 20000 tecken.');
const englishQuestion = z.object({
  question: text(500, { required: 'Frågan saknas.', tooLong: 'Frågan får vara högst 500 tecken.' }),
  options: z
    .array(
      text(300, { required: 'Svarsalternativet saknas.', tooLong: 'Svarsalternativet får vara högst 300 tecken.' }),
    )
    .min(2, 'En fråga behöver minst två svarsalternativ.')
    .max(5, 'Högst fem svarsalternativ.'),
  explanation: text(1000, { required: 'Förklaringen saknas.', tooLong: 'Förklaringen får vara högst 1000 tecken.' }),
});
const inEnglish = <S extends z.ZodType>(version: S) => z.object({ en: version.optional() }).optional();
/** A lesson's English version by the lesson's kind. */
export const lessonVersionSchemas = {
  READING: z.object({
    ...englishBase,
    body: text(20000, { required: 'Texten saknas.', tooLong: 'Texten får vara högst 20000 tecken.' }),
  }),
  VIDEO: z.object({
    ...englishBase,
    body: text(20000, { required: 'Textversionen saknas.', tooLong: 'Textversionen får vara högst 20000 tecken.' }),
    // A language's captions are named for it (/media/film.en.vtt).
    captions: z
      .string()
      .trim()
      .max(200, 'Sökvägen får vara högst 200 tecken.')
      .regex(/^\/media\/[a-z0-9-]+(\.[a-z]{2})?\.vtt$/, 'Ange en textfil i /media, till exempel /media/film.en.vtt.')
      .optional(),
    duration: text(20, { required: 'Längden saknas.', tooLong: 'Längden får vara högst 20 tecken.' }).optional(),
  }),
  REFLECTION: z.object({
    ...englishBase,
    body: englishBody,
    prompt: text(500, { required: 'Frågan saknas.', tooLong: 'Frågan får vara högst 500 tecken.' }),
  }),
  QUIZ: z.object({
    ...englishBase,
    body: englishBody,
    questions: z
      .array(englishQuestion, { error: 'En kunskapskontroll behöver minst en fråga.' })
      .min(1, 'En kunskapskontroll behöver minst en fråga.')
      .max(20, 'Högst 20 frågor i en kunskapskontroll.'),
  }),
};
const english = {
  READING: inEnglish(lessonVersionSchemas.READING),
  VIDEO: inEnglish(lessonVersionSchemas.VIDEO),
  REFLECTION: inEnglish(lessonVersionSchemas.REFLECTION),
  QUIZ: inEnglish(lessonVersionSchemas.QUIZ),
};

export const lessonDraftSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('READING'),
      slug: slugSchema,
      translations: english.READING,
      title: title(120, HEADING),
      body: text(20000, { required: 'Texten saknas.', tooLong: 'Texten får vara högst 20000 tecken.' }),
    }),
    z.object({
      kind: z.literal('VIDEO'),
      slug: slugSchema,
      translations: english.VIDEO,
      title: title(120, HEADING),
      body: text(20000, { required: 'Textversionen saknas.', tooLong: 'Textversionen får vara högst 20000 tecken.' }),
      video: mediaPath,
      captions: mediaPath,
      duration: text(20, { required: 'Längden saknas.', tooLong: 'Längden får vara högst 20 tecken.' }),
    }),
    z.object({
      kind: z.literal('REFLECTION'),
      slug: slugSchema,
      translations: english.REFLECTION,
      title: title(120, HEADING),
      body: z.string().max(20000),
      prompt: text(500, { required: 'Frågan saknas.', tooLong: 'Frågan får vara högst 500 tecken.' }),
    }),
    z.object({
      kind: z.literal('QUIZ'),
      slug: slugSchema,
      translations: english.QUIZ,
      title: title(120, HEADING),
      body: z.string().max(20000),
      passMark: z
        .number({ error: 'Ange gränsen för godkänt.' })
        .gt(0, 'Gränsen för godkänt måste vara mer än 0 %.')
        .max(1, 'Gränsen kan vara högst 100 %.'),
      questions: z
        .array(quizQuestion, { error: 'En kunskapskontroll behöver minst en fråga.' })
        .min(1, 'En kunskapskontroll behöver minst en fråga.')
        .max(20, 'Högst 20 frågor i en kunskapskontroll.'),
    }),
  ],
  { error: 'Välj vilken sorts lektion det är.' },
);
export type LessonDraft = z.infer<typeof lessonDraftSchema>;

/** A course's English version (its name, summary and description), with the same `source` and `upToDate` as a lesson's. */
export const courseVersionSchema = z.object({
  source: englishBase.source,
  upToDate: englishBase.upToDate,
  title: title(120, COURSE_NAME),
  summary: text(300, SUMMARY),
  description: z.string().trim().max(20000, 'Beskrivningen är för lång.').default(''),
});

export const courseDraftSchema = z
  .object({
    title: title(120, COURSE_NAME),
    summary: text(300, SUMMARY),
    description: z.string().trim().max(20000, 'Beskrivningen är för lång.'),
    audiences: choices(audienceKeys, { required: 'Välj minst en målgrupp.', unknown: 'Välj en målgrupp i listan.' }),
    topics: choices(topicKeys, { required: 'Välj minst ett ämne.', unknown: 'Välj ett ämne i listan.' }),
    minutes: z
      .number({ error: 'Ange ungefärlig tid i hela minuter.' })
      .int('Ange ungefärlig tid i hela minuter.')
      .min(1, 'Ange ungefärlig tid i minuter.')
      .max(600, 'Ange högst 600 minuter.'),
    translations: inEnglish(courseVersionSchema),
    lessons: z
      .array(lessonDraftSchema, { error: 'En kurs behöver minst en lektion.' })
      .min(1, 'En kurs behöver minst en lektion.')
      .max(12, 'Högst tolv lektioner i en kurs.'),
  })
  .refine((c) => new Set(c.lessons.map((l) => l.slug)).size === c.lessons.length, {
    message: 'Två lektioner har samma kortnamn. Ge varje lektion ett eget.',
    path: ['lessons'],
  })
  // An English version has each text the Swedish has: an empty one would hide the Swedish text.
  .superRefine((c, ctx) => {
    const missing = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const course = c.translations?.en;
    if (course && c.description && !course.description)
      missing(['translations', 'en', 'description'], 'Beskrivningen saknas.');
    c.lessons.forEach((lesson, i) => {
      const version = lesson.translations?.en;
      if (version && lesson.body.trim() && !version.body)
        missing(['lessons', i, 'translations', 'en', 'body'], 'Texten saknas.');
    });
  });
export type CourseDraft = z.infer<typeof courseDraftSchema>;

export const saveCourseSchema = z.object({
  courseId: z.string({ error: 'Kursen saknar id.' }).min(1, 'Kursen saknar id.').max(64, 'Ogiltigt id.'),
  version: versionSchema,
  note: z.string().trim().max(300, 'Kommentaren får vara högst 300 tecken.').optional(),
  draft: courseDraftSchema,
});

export const newCourseSchema = z.object({ title: title(120, COURSE_NAME), summary: text(300, SUMMARY) });

/**
 * A text area's text: a browser sends its line breaks as CRLF, stored as LF like the content files,
 * so an unchanged text saves unchanged (and keeps the fingerprint its English version names).
 */
const introduction = () =>
  z
    .string()
    .trim()
    .max(5000, 'Introduktionen får vara högst 5 000 tecken.')
    .transform((text) => text.replace(/\r\n?/g, '\n'));

export const pathEditSchema = z
  .object({
    audience: z.enum(audienceKeys, { error: 'Välj en målgrupp i listan.' }),
    version: versionSchema,
    title: title(120, { required: 'Lärvägens namn saknas.', tooLong: 'Lärvägens namn får vara högst 120 tecken.' }),
    summary: text(300, SUMMARY),
    intro: introduction(),
    courseIds: z
      .array(z.string().min(1).max(64, 'Ogiltigt id.'), { error: 'Välj minst en kurs.' })
      .refine((ids) => new Set(ids).size === ids.length, 'Välj varje kurs högst en gång.')
      .min(1, 'Välj minst en kurs.')
      .max(20, 'Högst 20 kurser i en lärväg.'),
    // The English version: all three empty for none; with any of them, a name and a summary.
    enTitle: oneLine({ max: 120, tooLong: 'Lärvägens namn får vara högst 120 tecken.' }).default(''),
    enSummary: z.string().trim().max(300, 'Sammanfattningen får vara högst 300 tecken.').default(''),
    enIntro: introduction().default(''),
    /** The editor says the English matches the Swedish as it is now (lib/learning/translations.ts, pathSource). */
    enUpToDate: flag,
  })
  .superRefine((path, ctx) => {
    if (!path.enTitle && !path.enSummary && !path.enIntro) return;
    if (!path.enTitle) ctx.addIssue({ code: 'custom', path: ['enTitle'], message: 'Lärvägens namn saknas.' });
    if (!path.enSummary) ctx.addIssue({ code: 'custom', path: ['enSummary'], message: 'Sammanfattningen saknas.' });
    if (path.intro && !path.enIntro)
      ctx.addIssue({ code: 'custom', path: ['enIntro'], message: 'Introduktionen saknas.' });
  });
