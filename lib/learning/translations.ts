import { z } from 'zod';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import { textFingerprint } from '@/lib/i18n/fingerprint';
import { courseVersionSchema, lessonVersionSchemas, type CourseDraft } from '@/lib/validation/course-editor';
import { lessonDraftToRow } from './course-draft';
import { lessonDataSchemas, quizVersionFits } from './lesson-data';

// Courses, lessons and learning paths are written in Swedish; a language may have its own version
// of their texts beside it, kept as JSON by language in the row's `translations` column
// ({"en": {...}}). Only the texts are translated: a lesson's kind, its film, a knowledge check's
// pass mark, its questions, options and which option is right stay the Swedish version's, so
// grading and progress are the same in every language. A reader sees the version in their
// language where it exists and fits, otherwise the Swedish one, and `lang` says which.

const text = z.string().min(1);

// A course's and a path's own texts (name, summary, description or introduction) in a language
// name the fingerprint of the Swedish texts they were written from (`source`). Whoever writes the
// Swedish texts (publishing a course, saving a path, the seed) writes the versions beside them and
// marks one written from other Swedish texts `outdated` (settleVersions), so every reader, also
// one that reads only a name, skips it by what is stored: readers get the Swedish until an editor
// says the English matches again.
const versionState = { source: z.string().optional(), outdated: z.literal(true).optional() };
export const courseTextSchema = z.object({ ...versionState, title: text, summary: text, description: z.string() });
export const pathTextSchema = z.object({ ...versionState, title: text, summary: text, intro: z.string() });
export const lessonTextSchema = z.object({
  /** The kind the lesson had when it was translated: a lesson that became another kind is shown in Swedish. */
  kind: z.enum(['READING', 'VIDEO', 'REFLECTION', 'QUIZ']).optional(),
  /** The fingerprint of the Swedish lesson it was translated from (`lessonSource`). */
  source: z.string().optional(),
  title: text,
  body: z.string(),
  /** A film's captions in this language (a WebVTT file under /media). */
  captions: z.string().optional(),
  duration: z.string().optional(),
  prompt: z.string().optional(),
  questions: z.array(z.object({ question: text, options: z.array(text), explanation: text })).optional(),
});
export type CourseText = z.infer<typeof courseTextSchema>;
export type PathText = z.infer<typeof pathTextSchema>;
export type LessonText = z.infer<typeof lessonTextSchema>;

/** The versions by language in a `translations` column; a broken or unknown entry is left out. */
export function readTranslations<S extends z.ZodType>(schema: S, json: string | null | undefined) {
  const found: Partial<Record<Locale, z.output<S>>> = {};
  let raw: unknown;
  try {
    raw = JSON.parse(json || '{}');
  } catch {
    return found;
  }
  if (!raw || typeof raw !== 'object') return found;
  for (const [locale, value] of Object.entries(raw)) {
    const parsed = schema.safeParse(value);
    if (isLocale(locale) && locale !== defaultLocale && parsed.success) found[locale] = parsed.data;
  }
  return found;
}

/** A course's or a path's version in a language as readers get it: none when it is outdated. */
const shown = <V extends OwnVersion>(version: V | undefined): V | undefined =>
  version?.outdated ? undefined : version;

/** The fingerprint of a course's Swedish name, summary and description. */
export const courseSource = (course: { title: string; summary: string; description: string }): string =>
  textFingerprint(['course', course.title, course.summary, course.description]);

/** The fingerprint of a learning path's Swedish name, summary and introduction. */
export const pathSource = (path: { title: string; summary: string; intro: string }): string =>
  textFingerprint(['path', path.title, path.summary, path.intro]);

type OwnVersion = { source?: string; outdated?: true };

/**
 * Versions as stored beside Swedish texts whose fingerprint is `source`: one written from other
 * Swedish texts is marked `outdated`, one written from these is not. A version without a
 * fingerprint (stored before they existed) is taken as written from these.
 */
export function settleVersions<V extends OwnVersion>(
  versions: Partial<Record<Locale, V>>,
  source: string,
): Partial<Record<Locale, V>> {
  return Object.fromEntries(
    Object.entries(versions).map(([locale, version]) => {
      const { outdated: _, ...rest } = version!;
      return [locale, !rest.source || rest.source === source ? rest : { ...rest, outdated: true }];
    }),
  ) as Partial<Record<Locale, V>>;
}

export { passageLang } from '@/lib/i18n/passage';

type WithTranslations = { translations: string };
export type Localized<T> = Omit<T, 'translations'> & { lang: Locale };

function drop<T extends WithTranslations>(row: T): Omit<T, 'translations'> {
  const rest: Partial<T> = { ...row };
  delete rest.translations;
  return rest as Omit<T, 'translations'>;
}

/** A course (or a course card) in the reader's language where it has a version in it. */
export function localizeCourse<T extends WithTranslations & { title: string; summary: string; description?: string }>(
  course: T,
  locale: Locale,
): Localized<T> {
  const version = shown(readTranslations(courseTextSchema, course.translations)[locale]);
  if (!version) return { ...drop(course), lang: defaultLocale };
  const description = course.description === undefined ? {} : { description: version.description };
  return { ...drop(course), title: version.title, summary: version.summary, ...description, lang: locale };
}

/** A course's or a path's title in a language where it has a version in it, else the Swedish; `lang` says which. */
export function titleIn(
  kind: 'course' | 'path',
  item: { title: string; translations?: string | null },
  locale: Locale,
): { title: string; lang: Locale } {
  const version = shown(
    readTranslations(kind === 'course' ? courseTextSchema : pathTextSchema, item.translations)[locale],
  );
  return version ? { title: version.title, lang: locale } : { title: item.title, lang: defaultLocale };
}

/** A course's title in a language, where the course has a version in it (else its Swedish title). */
export const courseTitleIn = (course: { title: string; translations?: string | null }, locale: Locale): string =>
  titleIn('course', course, locale).title;

/** A learning path's title in a language, where the path has a version in it (else its Swedish title). */
export const pathTitleIn = (path: { title: string; translations?: string | null }, locale: Locale): string =>
  titleIn('path', path, locale).title;

/** A learning path in the reader's language where it has a version in it. */
export function localizePath<T extends WithTranslations & { title: string; summary: string; intro: string }>(
  path: T,
  locale: Locale,
): Localized<T> {
  const version = shown(readTranslations(pathTextSchema, path.translations)[locale]);
  if (!version) return { ...drop(path), lang: defaultLocale };
  return { ...drop(path), title: version.title, summary: version.summary, intro: version.intro, lang: locale };
}

type LessonLike = WithTranslations & {
  kind: keyof typeof lessonDataSchemas;
  title: string;
  body: string;
  data: string;
};

/**
 * A fingerprint of a Swedish lesson as stored (kind, title, text and data, right answers
 * included). A version translated from another Swedish text is not shown: when an editor
 * publishes a change to the lesson (reorders options, changes the right answer, rewrites the
 * text), English readers get the Swedish lesson until the English is brought up to date.
 */
export function lessonSource(lesson: Pick<LessonLike, 'kind' | 'title' | 'body' | 'data'>): string {
  return textFingerprint([lesson.kind, lesson.title, lesson.body, lesson.data]);
}

/**
 * The lesson's kind-specific data with the version's texts, or null when the version does not fit
 * the lesson as it is now (a knowledge check whose questions or options were added or removed
 * since it was translated): the reader then gets the Swedish lesson whole, never a mix.
 */
export function translatedLessonData(kind: LessonLike['kind'], json: string, version: LessonText): string | null {
  switch (kind) {
    case 'READING':
      return json;
    case 'VIDEO': {
      const video = lessonDataSchemas.VIDEO.parse(JSON.parse(json));
      return JSON.stringify({ ...video, ...pick(version, ['captions', 'duration']) });
    }
    case 'REFLECTION':
      return version.prompt ? JSON.stringify({ prompt: version.prompt }) : null;
    case 'QUIZ': {
      const quiz = lessonDataSchemas.QUIZ.parse(JSON.parse(json));
      const questions = version.questions;
      if (!questions || !quizVersionFits(quiz.questions, questions)) return null;
      return JSON.stringify({
        passMark: quiz.passMark,
        questions: quiz.questions.map((q, i) => ({
          question: questions[i]!.question,
          options: q.options.map((o, j) => ({ ...o, text: questions[i]!.options[j]! })),
          explanation: questions[i]!.explanation,
        })),
      });
    }
  }
}

function pick(version: LessonText, keys: readonly ('captions' | 'duration')[]) {
  return Object.fromEntries(keys.flatMap((k) => (version[k] ? [[k, version[k]]] : [])));
}

/** A lesson in the reader's language where it has a version in it, made from this Swedish lesson, that fits. */
export function localizeLesson<T extends LessonLike>(lesson: T, locale: Locale): Localized<T> {
  const found = readTranslations(lessonTextSchema, lesson.translations)[locale];
  const current =
    found && (!found.kind || found.kind === lesson.kind) && (!found.source || found.source === lessonSource(lesson));
  const data = found && current ? translatedLessonData(lesson.kind, lesson.data, found) : null;
  if (!found || data === null) return { ...drop(lesson), lang: defaultLocale };
  return { ...drop(lesson), title: found.title, body: found.body, data, lang: locale };
}

type DraftLesson = CourseDraft['lessons'][number];
type DraftVersion = NonNullable<NonNullable<DraftLesson['translations']>['en']>;

/** The fingerprint of a version nobody has said matches its Swedish lesson (it never matches one). */
export const UNCONFIRMED = 'unconfirmed';

/** The fingerprint of a lesson in the editor's draft: the one it has once published (lessonSource). */
const draftSource = (lesson: DraftLesson) => lessonSource(lessonDraftToRow(lesson, 0));

/** Whether a lesson's version in another language was written from the Swedish lesson as it is now. */
export function versionIsCurrent(lesson: DraftLesson, version: Pick<DraftVersion, 'kind' | 'source'>): boolean {
  return version.source === draftSource(lesson) && (!version.kind || version.kind === lesson.kind);
}

/**
 * The draft as saved: a lesson version the editor marked as matching the Swedish (`upToDate`) is
 * stamped with this Swedish lesson's kind and fingerprint; one not marked keeps the fingerprint it
 * had, so readers keep getting the Swedish lesson until someone brings the version up to date.
 */
export function stampVersions(draft: CourseDraft): CourseDraft {
  const course = draft.translations?.en;
  return {
    ...draft,
    ...(course ? { translations: { ...draft.translations, en: stampCourse(draft, course) } } : {}),
    lessons: draft.lessons.map((lesson) => {
      const version = lesson.translations?.en;
      if (!version) return lesson;
      const { upToDate, ...rest } = version;
      // One never marked as matching gets a fingerprint no lesson has: readers get the Swedish.
      const stamped = upToDate
        ? { ...rest, kind: lesson.kind, source: draftSource(lesson) }
        : { ...rest, kind: rest.kind ?? lesson.kind, source: rest.source ?? UNCONFIRMED };
      return { ...lesson, translations: { ...lesson.translations, en: stamped } } as DraftLesson;
    }),
  };
}

type CourseVersion = NonNullable<NonNullable<CourseDraft['translations']>['en']>;

/** The course's own version as saved: stamped like a lesson's, with the fingerprint of the course's Swedish texts. */
function stampCourse(draft: CourseDraft, version: CourseVersion): CourseVersion {
  const { upToDate, ...rest } = version;
  return { ...rest, source: upToDate ? courseSource(draft) : (rest.source ?? UNCONFIRMED) };
}

/**
 * The course's versions as publishing stores them beside the draft's Swedish texts: the draft's
 * own, or the live course's when the draft has none, each settled against the Swedish published.
 */
export function courseVersionsToStore(draft: CourseDraft, liveTranslations: string): string {
  const versions: Partial<Record<Locale, OwnVersion & CourseText>> =
    draft.translations ?? readTranslations(courseTextSchema, liveTranslations);
  const texts = Object.entries(versions).map(([locale, v]) => [
    locale,
    { source: v!.source, title: v!.title, summary: v!.summary, description: v!.description },
  ]);
  return JSON.stringify(settleVersions(Object.fromEntries(texts), courseSource(draft)));
}

/** The draft as the editor gets it: the course's and each lesson's version say whether they match the Swedish now. */
export function markCurrentVersions(draft: CourseDraft): CourseDraft {
  const course = draft.translations?.en;
  return {
    ...draft,
    ...(course
      ? {
          translations: {
            ...draft.translations,
            en: { ...course, upToDate: course.source === courseSource(draft) },
          },
        }
      : {}),
    lessons: draft.lessons.map((lesson) => {
      const version = lesson.translations?.en;
      if (!version) return lesson;
      const en = { ...version, upToDate: versionIsCurrent(lesson, version) };
      return { ...lesson, translations: { ...lesson.translations, en } } as DraftLesson;
    }),
  };
}

/**
 * The draft with the versions in other languages the live course and lessons have, where the
 * draft has none of its own (a draft made from the live course, or saved before versions were
 * edited here). A stored version that does not fit its lesson's kind is left out, and so left as it
 * is when the draft is published.
 */
export function draftWithVersions(
  draft: CourseDraft,
  live: {
    title: string;
    summary: string;
    description: string;
    translations: string;
    lessons: readonly { slug: string; translations: string }[];
  },
): CourseDraft {
  const course = courseVersionSchema.safeParse(readTranslations(courseTextSchema, live.translations).en);
  const stored = new Map(live.lessons.map((l) => [l.slug, readTranslations(lessonTextSchema, l.translations).en]));
  const translations = draft.translations ?? (course.success ? { en: course.data } : undefined);
  // A course version stored before fingerprints existed is what readers get with the live course:
  // it counts as written from the live Swedish texts, so a draft that changed them says it no longer matches.
  const en = translations?.en && { ...translations.en, source: translations.en.source ?? courseSource(live) };
  return {
    ...draft,
    ...(translations === undefined ? {} : { translations: { ...translations, ...(en ? { en } : {}) } }),
    lessons: draft.lessons.map((lesson) => {
      if (lesson.translations !== undefined) return lesson;
      const version = lessonVersionSchemas[lesson.kind].safeParse(stored.get(lesson.slug));
      return version.success ? ({ ...lesson, translations: { en: version.data } } as DraftLesson) : lesson;
    }),
  };
}
