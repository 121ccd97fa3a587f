import type { z } from 'zod';
import type { FieldErrors } from '@/lib/actions/state';
import type { CourseDraft, LessonDraft, saveCourseSchema } from '@/lib/validation/course-editor';

// The course editor sends its whole draft as one JSON payload, so zod names a problem by a path
// ("draft › lessons › 6 › body") that means nothing to a strategist. These functions turn such a
// path into words ("Lektion 7 (Välkommen): texten saknas.") and into the id of the field the
// editor shows it in. Pure and client-safe: the server sends paths, the editor words them.

type Path = readonly PropertyKey[];
type SaveKey = keyof z.infer<typeof saveCourseSchema>;
type LessonKey = LessonDraft extends infer L ? (L extends unknown ? keyof L : never) : never;
type Question = Extract<LessonDraft, { kind: 'QUIZ' }>['questions'][number];

/** Every field's name as it reads in a sentence; a new schema field without one fails to compile. */
export const fieldNames = {
  save: {
    courseId: 'kursens id',
    version: 'versionen',
    note: 'kommentaren till versionen',
    draft: 'kursen',
  } satisfies Record<SaveKey, string>,
  course: {
    title: 'kursens namn',
    summary: 'sammanfattningen',
    description: 'beskrivningen',
    audiences: 'målgrupperna',
    topics: 'ämnena',
    minutes: 'tiden i minuter',
    lessons: 'lektionerna',
  } satisfies Record<keyof CourseDraft, string>,
  lesson: {
    kind: 'sorten av lektion',
    slug: 'kortnamnet i adressen',
    title: 'rubriken',
    body: 'texten',
    video: 'filmfilen',
    captions: 'undertexterna',
    duration: 'längden',
    prompt: 'reflektionsfrågan',
    passMark: 'gränsen för godkänt',
    questions: 'frågorna',
  } satisfies Record<LessonKey, string>,
  question: {
    question: 'frågan',
    options: 'svarsalternativen',
    correct: 'rätt svar',
    explanation: 'förklaringen',
  } satisfies Record<keyof Question, string>,
  option: { text: 'svarsalternativet' } satisfies Record<keyof Question['options'][number], string>,
};

const nameIn = (table: Record<string, string>, key: unknown) =>
  typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
const index = (key: unknown) => (typeof key === 'number' ? key : undefined);

type Part = { text: string; field?: boolean };

function lessonParts(rest: Path, lesson: LessonDraft | undefined): Part[] {
  const [key, q, qKey, o, oKey] = rest;
  if (key === undefined) return [];
  // A film's text is its text version, and its messages call it that.
  if (key === 'body' && lesson?.kind === 'VIDEO') return [{ text: 'textversionen', field: true }];
  const name = nameIn(fieldNames.lesson, key);
  if (!name) return [];
  const qi = key === 'questions' ? index(q) : undefined;
  if (qi === undefined) return [{ text: name, field: true }];
  const question = [{ text: `fråga ${qi + 1}` }];
  const qName = nameIn(fieldNames.question, qKey);
  if (!qName) return question;
  const oi = qKey === 'options' ? index(o) : undefined;
  if (oi === undefined) return [...question, { text: qName, field: true }];
  const option = [...question, { text: `svarsalternativ ${oi + 1}` }];
  const oName = nameIn(fieldNames.option, oKey);
  return oName ? [...option, { text: oName, field: true }] : option;
}

function parts(path: Path, draft?: CourseDraft): Part[] {
  const [first, ...rest] = path;
  if (first !== 'draft') {
    const name = nameIn(fieldNames.save, first);
    return name ? [{ text: name, field: true }] : [];
  }
  const [key, i, ...lessonPath] = rest;
  if (key === undefined) return [{ text: fieldNames.save.draft, field: true }];
  const name = nameIn(fieldNames.course, key);
  if (!name) return [];
  const li = key === 'lessons' ? index(i) : undefined;
  if (li === undefined) return [{ text: name, field: true }];
  const lesson = draft?.lessons[li];
  const title = lesson?.title.trim();
  return [{ text: `Lektion ${li + 1}${title ? ` (${title})` : ''}` }, ...lessonParts(lessonPath, lesson)];
}

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('sv-SE') + text.slice(1);

/** Where a problem is, in words: "Lektion 7 (Välkommen), fråga 2, svarsalternativ 3". */
export function errorLocation(path: Path, draft?: CourseDraft): string {
  return upperFirst(
    parts(path, draft)
      .map((p) => p.text)
      .join(', '),
  );
}

/** The problem as one sentence; the field's name is left out when the message starts with it. */
export function describeIssue(issue: { path: Path; message: string }, draft?: CourseDraft): string {
  const found = parts(issue.path, draft);
  const last = found.at(-1);
  const named = last?.field && issue.message.toLocaleLowerCase('sv-SE').startsWith(last.text);
  const where = (named ? found.slice(0, -1) : found).map((p) => p.text).join(', ');
  return where ? `${upperFirst(where)}: ${lowerFirst(issue.message)}` : issue.message;
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

function lessonFieldId(base: string, [key, q, qKey, o]: Path): string {
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
export function locateErrors(fieldErrors: FieldErrors | undefined, draft: CourseDraft): LocatedError[] {
  return Object.entries(fieldErrors ?? {}).flatMap(([key, messages]) => {
    const path = pathOf(key);
    const id = fieldIdFor(path);
    return (messages ?? []).map((message) => ({ id, message, text: describeIssue({ path, message }, draft) }));
  });
}

/** The first message per field, for the error under each field. */
export function errorsById(errors: LocatedError[]): Record<string, string> {
  const byId: Record<string, string> = {};
  for (const { id, message } of errors) if (id && !(id in byId)) byId[id] = message;
  return byId;
}
