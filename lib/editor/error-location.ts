import type { z } from 'zod';
import type { FieldErrors } from '@/lib/actions/state';
import { editorLearningSv } from '@/lib/i18n/editor-learning';
import type { CourseDraft, LessonDraft, saveCourseSchema } from '@/lib/validation/course-editor';

// The course editor sends its whole draft as one JSON payload, so zod names a problem by a path
// ("draft › lessons › 6 › body") that means nothing to a strategist. These functions turn such a
// path into words ("Lektion 7 (Välkommen): texten saknas.") and into the id of the field the
// editor shows it in. Pure and client-safe: the server sends paths, the editor words them, in the
// reader's language (ErrorWords; Swedish by default).

type Path = readonly PropertyKey[];
type SaveKey = keyof z.infer<typeof saveCourseSchema>;
type LessonKey = LessonDraft extends infer L ? (L extends unknown ? keyof L : never) : never;
type Question = Extract<LessonDraft, { kind: 'QUIZ' }>['questions'][number];

/** Every field's name as it reads in a sentence; a new schema field without one fails to compile. */
export type FieldNames = {
  save: Record<SaveKey, string>;
  course: Record<keyof CourseDraft, string>;
  lesson: Record<LessonKey, string>;
  question: Record<keyof Question, string>;
  option: Record<keyof Question['options'][number], string>;
  /** A course's or lesson's version in English, and what only such a version has. */
  english: Record<'en' | 'source' | 'upToDate', string>;
};

/** The words of the sentences, in one language (lib/i18n/editor-learning.ts, `errorWords`). */
export type ErrorWords = {
  names: FieldNames;
  /** A film's text, which its messages call its text version. */
  videoBody: string;
  lesson: (n: number, title?: string) => string;
  question: (n: number) => string;
  option: (n: number) => string;
  /** The language's BCP 47 tag, for upper and lower case. */
  tag: string;
};

const sv = editorLearningSv.errorWords;
export const fieldNames: FieldNames = {
  save: sv.save,
  course: sv.course,
  lesson: sv.lesson,
  question: sv.question,
  option: sv.option,
  english: sv.english,
};

const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));

/** Swedish, where no other language is asked for (the catalogue's words, which hold no plurals). */
export const swedishErrorWords: ErrorWords = {
  names: fieldNames,
  videoBody: sv.videoBody,
  lesson: (n, title) => (title ? fill(sv.lessonNamed, { n, title }) : fill(sv.lessonN, { n })),
  question: (n) => fill(sv.questionN, { n }),
  option: (n) => fill(sv.optionN, { n }),
  tag: 'sv-SE',
};

const nameIn = (table: Record<string, string>, key: unknown) =>
  typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
const index = (key: unknown) => (typeof key === 'number' ? key : undefined);

type Part = { text: string; field?: boolean };

/** "Engelska versionen" and then the field in it (`field`, with names from the Swedish fields' table). */
function versionParts([lang, ...rest]: Path, words: ErrorWords, table: string, field: (rest: Path) => Part[]): Part[] {
  if (lang !== 'en') return [{ text: table, field: true }];
  const [key] = rest;
  if (key === undefined) return [{ text: words.names.english.en, field: true }];
  const own = key === 'source' || key === 'upToDate' ? [{ text: words.names.english[key], field: true }] : field(rest);
  return [{ text: words.names.english.en }, ...own];
}

function lessonParts(rest: Path, lesson: LessonDraft | undefined, words: ErrorWords): Part[] {
  const [key, q, qKey, o, oKey] = rest;
  if (key === undefined) return [];
  if (key === 'translations')
    return versionParts(rest.slice(1), words, words.names.lesson.translations, (r) => lessonParts(r, lesson, words));
  // A film's text is its text version, and its messages call it that.
  if (key === 'body' && lesson?.kind === 'VIDEO') return [{ text: words.videoBody, field: true }];
  const name = nameIn(words.names.lesson, key);
  if (!name) return [];
  const qi = key === 'questions' ? index(q) : undefined;
  if (qi === undefined) return [{ text: name, field: true }];
  const question = [{ text: words.question(qi + 1) }];
  const qName = nameIn(words.names.question, qKey);
  if (!qName) return question;
  const oi = qKey === 'options' ? index(o) : undefined;
  if (oi === undefined) return [...question, { text: qName, field: true }];
  const option = [...question, { text: words.option(oi + 1) }];
  const oName = nameIn(words.names.option, oKey);
  return oName ? [...option, { text: oName, field: true }] : option;
}

function parts(path: Path, draft: CourseDraft | undefined, words: ErrorWords): Part[] {
  const [first, ...rest] = path;
  if (first !== 'draft') {
    const name = nameIn(words.names.save, first);
    return name ? [{ text: name, field: true }] : [];
  }
  const [key, i, ...lessonPath] = rest;
  if (key === undefined) return [{ text: words.names.save.draft, field: true }];
  const name = nameIn(words.names.course, key);
  if (!name) return [];
  if (key === 'translations')
    return versionParts(rest.slice(1), words, name, ([field]) => {
      const fieldName = nameIn(words.names.course, field);
      return fieldName ? [{ text: fieldName, field: true }] : [];
    });
  const li = key === 'lessons' ? index(i) : undefined;
  if (li === undefined) return [{ text: name, field: true }];
  const lesson = draft?.lessons[li];
  const title = lesson?.title.trim();
  return [{ text: words.lesson(li + 1, title || undefined) }, ...lessonParts(lessonPath, lesson, words)];
}

const upperFirst = (text: string, tag: string) => text.charAt(0).toLocaleUpperCase(tag) + text.slice(1);
const lowerFirst = (text: string, tag: string) => text.charAt(0).toLocaleLowerCase(tag) + text.slice(1);

/** Where a problem is, in words: "Lektion 7 (Välkommen), fråga 2, svarsalternativ 3". */
export function errorLocation(path: Path, draft?: CourseDraft, words = swedishErrorWords): string {
  return upperFirst(
    parts(path, draft, words)
      .map((p) => p.text)
      .join(', '),
    words.tag,
  );
}

/** The problem as one sentence; the field's name is left out when the message starts with it. */
export function describeIssue(
  issue: { path: Path; message: string },
  draft?: CourseDraft,
  words = swedishErrorWords,
): string {
  const found = parts(issue.path, draft, words);
  const last = found.at(-1);
  const named = last?.field && issue.message.toLocaleLowerCase(words.tag).startsWith(last.text);
  const where = (named ? found.slice(0, -1) : found).map((p) => p.text).join(', ');
  return where ? `${upperFirst(where, words.tag)}: ${lowerFirst(issue.message, words.tag)}` : issue.message;
}

const courseIds: Partial<Record<PropertyKey, string>> = {
  title: 'course-title',
  summary: 'course-summary',
  description: 'course-description',
  minutes: 'course-minutes',
  audiences: 'course-audiences',
  topics: 'course-topics',
  lessons: 'lessons-heading',
};
const lessonFields = new Set<unknown>(['title', 'slug', 'body', 'video', 'captions', 'duration', 'prompt']);

function lessonFieldId(base: string, path: Path): string {
  const [key, q, qKey, o] = path;
  // The English version's fields: the Swedish field's id with "-en" (the version's group without a field).
  if (key === 'translations') return lessonFieldId(`${base}-en`, typeof qKey === 'string' ? path.slice(2) : []);
  if (lessonFields.has(key)) return `${base}-${String(key)}`;
  if (key === 'passMark') return `${base}-passmark`;
  if (key !== 'questions') return base;
  if (typeof q !== 'number') return `${base}-questions`;
  if (qKey === 'question') return `${base}-q${q}`;
  if (qKey === 'explanation') return `${base}-q${q}-explanation`;
  if (qKey === 'options' && typeof o === 'number') return `${base}-q${q}-o${o}`;
  return `${base}-q${q}-group`;
}

/** The id of the editor's field for the problem, when the editor has one to link to. */
export function fieldIdFor(path: Path): string | undefined {
  const [first, key, i, ...rest] = path;
  if (first === 'note') return 'revision-note';
  if (first !== 'draft' || key === undefined) return undefined;
  if (key === 'lessons' && typeof i === 'number') return lessonFieldId(`lesson-${i}`, rest);
  if (key === 'translations') {
    const field = rest[0];
    return typeof field === 'string' && ['title', 'summary', 'description'].includes(field)
      ? `course-en-${field}`
      : 'course-en';
  }
  return courseIds[key];
}

/** The server's side: every message under its whole path ("draft.lessons.6.body"). */
export function messagesByPath(error: { issues: readonly { path: Path; message: string }[] }): FieldErrors {
  const byPath: Record<string, string[]> = {};
  for (const issue of error.issues) (byPath[issue.path.map(String).join('.')] ??= []).push(issue.message);
  return byPath;
}

const pathOf = (key: string): PropertyKey[] =>
  key === '' ? [] : key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

export type LocatedError = { id?: string; message: string; text: string };

/** The editor's side: each message with its field's id and its sentence for the error summary. */
export function locateErrors(
  fieldErrors: FieldErrors | undefined,
  draft: CourseDraft,
  words = swedishErrorWords,
): LocatedError[] {
  return Object.entries(fieldErrors ?? {}).flatMap(([key, messages]) => {
    const path = pathOf(key);
    const id = fieldIdFor(path);
    return (messages ?? []).map((message) => ({ id, message, text: describeIssue({ path, message }, draft, words) }));
  });
}

/** The first message per field, for the error under each field. */
export function errorsById(errors: LocatedError[]): Record<string, string> {
  const byId: Record<string, string> = {};
  for (const { id, message } of errors) if (id && !(id in byId)) byId[id] = message;
  return byId;
}
