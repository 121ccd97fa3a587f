// The course editor names a refused field in words a strategist understands ("Lektion 7
// (Välkommen): texten saknas."), never as a zod path ("draft › lessons › 6 › body"), and links it
// to the field. Guards against a schema field added without a Swedish name.
import { describe, expect, it } from 'vitest';
import {
  describeIssue,
  errorLocation,
  errorsById,
  fieldIdFor,
  fieldNames,
  locateErrors,
  messagesByPath,
} from '@/lib/editor/error-location';
import { saveCourseSchema } from '@/lib/validation/course-editor';
import { fullDraft, schemaPaths } from '../support/course-draft';

const draft = fullDraft();
const paths = schemaPaths();
const ENGLISH = /\b(draft|lessons?|body|title|summary|passMark|questions?|options?|correct|explanation|text)\b/;

describe('the schema walk', () => {
  it('reaches every level of the draft, down to an answer option', () => {
    const keys = paths.map((p) => p.join('.'));
    for (const key of ['courseId', 'note', 'draft.topics', 'draft.lessons.1.captions', 'draft.lessons.3.passMark'])
      expect(keys).toContain(key);
    expect(keys).toContain('draft.lessons.3.questions.0.options.0.text');
    expect(keys).toContain('draft.lessons.3.questions.0.explanation');
  });
});

describe('errorLocation', () => {
  it.each(paths.map((p) => [p.join('.'), p] as const))('names %s in Swedish', (_, path) => {
    const location = errorLocation(path, draft);
    expect(location).not.toBe('');
    expect(location).not.toMatch(ENGLISH);
    // Each field adds its own name to where it sits: an unnamed field would leave the location as it was.
    const parent = path.slice(0, -1);
    if (typeof path.at(-1) === 'string' && parent.length > 0) expect(location).not.toBe(errorLocation(parent, draft));
  });

  it('would notice a field without a Swedish name', () => {
    expect(errorLocation(['draft', 'lessons', 0, 'subtitle'], draft)).toBe(
      errorLocation(['draft', 'lessons', 0], draft),
    );
    expect(errorLocation(['draft', 'subtitle'], draft)).toBe('');
  });

  it('counts lessons, questions and options from 1 and names the lesson by its title', () => {
    expect(errorLocation(['draft', 'lessons', 3, 'questions', 0, 'options', 1, 'text'], draft)).toBe(
      'Lektion 4 (Lektion nummer 4), fråga 1, svarsalternativ 2, svarsalternativet',
    );
    expect(errorLocation(['draft', 'lessons', 0, 'body'], draft)).toBe('Lektion 1 (Lektion nummer 1), texten');
    expect(errorLocation(['draft', 'lessons', 1, 'body'], draft)).toBe('Lektion 2 (Lektion nummer 2), textversionen');
    expect(errorLocation(['draft', 'summary'])).toBe('Sammanfattningen');
  });

  it('leaves out the title of a lesson it does not know or that has none', () => {
    expect(errorLocation(['draft', 'lessons', 9, 'slug'], draft)).toBe('Lektion 10, kortnamnet i adressen');
    const untitled = { ...draft, lessons: [{ ...draft.lessons[0]!, title: '  ' }] };
    expect(errorLocation(['draft', 'lessons', 0, 'title'], untitled)).toBe('Lektion 1, rubriken');
  });
});

describe('describeIssue', () => {
  it('says where and what, without naming the field twice', () => {
    const lessons = [...draft.lessons];
    lessons[6] = { kind: 'READING', slug: 'sju', title: 'Titel på lektionen', body: '' };
    const seven = { ...draft, lessons: lessons.map((l, i) => l ?? { ...draft.lessons[0]!, slug: `l${i}` }) };
    expect(describeIssue({ path: ['draft', 'lessons', 6, 'body'], message: 'Texten saknas.' }, seven)).toBe(
      'Lektion 7 (Titel på lektionen): texten saknas.',
    );
    expect(
      describeIssue(
        { path: ['draft', 'lessons', 0, 'slug'], message: 'Bara små bokstäver a–z, siffror och bindestreck.' },
        draft,
      ),
    ).toBe('Lektion 1 (Lektion nummer 1), kortnamnet i adressen: bara små bokstäver a–z, siffror och bindestreck.');
    expect(describeIssue({ path: ['draft', 'title'], message: 'Kursens namn saknas.' })).toBe('Kursens namn saknas.');
    expect(describeIssue({ path: ['version'], message: 'Ladda om sidan.' })).toBe('Versionen: ladda om sidan.');
  });
});

describe('the English version’s problems', () => {
  it('say which lesson and that it is the English version', () => {
    expect(
      describeIssue(
        { path: ['draft', 'lessons', 0, 'translations', 'en', 'title'], message: 'Rubriken saknas.' },
        draft,
      ),
    ).toBe('Lektion 1 (Lektion nummer 1), engelska versionen: rubriken saknas.');
    expect(errorLocation(['draft', 'lessons', 3, 'translations', 'en', 'questions', 0, 'options', 1], draft)).toBe(
      'Lektion 4 (Lektion nummer 4), engelska versionen, fråga 1, svarsalternativ 2',
    );
    expect(
      describeIssue({ path: ['draft', 'translations', 'en', 'summary'], message: 'Sammanfattningen saknas.' }),
    ).toBe('Engelska versionen: sammanfattningen saknas.');
  });

  it('link to the English field, or to the English version when it has no field', () => {
    expect(fieldIdFor(['draft', 'lessons', 2, 'translations', 'en', 'prompt'])).toBe('lesson-2-en-prompt');
    expect(fieldIdFor(['draft', 'lessons', 3, 'translations', 'en', 'questions', 1, 'options', 0])).toBe(
      'lesson-3-en-q1-o0',
    );
    expect(fieldIdFor(['draft', 'lessons', 3, 'translations', 'en', 'questions'])).toBe('lesson-3-en-questions');
    expect(fieldIdFor(['draft', 'lessons', 0, 'translations', 'en', 'source'])).toBe('lesson-0-en');
    expect(fieldIdFor(['draft', 'translations', 'en', 'title'])).toBe('course-en-title');
    expect(fieldIdFor(['draft', 'translations'])).toBe('course-en');
  });
});

describe('fieldIdFor', () => {
  it('gives every field of the draft and the note an id, and none to what the editor does not show', () => {
    for (const path of paths) {
      if ((path[0] === 'draft' && path.length > 1) || path[0] === 'note')
        expect(fieldIdFor(path), path.join('.')).toMatch(/^[a-z0-9-]+$/);
      else expect(fieldIdFor(path)).toBeUndefined();
    }
  });

  it('points at the control itself, or at the group when the problem is the whole group', () => {
    expect(fieldIdFor(['draft', 'lessons', 6, 'body'])).toBe('lesson-6-body');
    expect(fieldIdFor(['draft', 'lessons', 3, 'passMark'])).toBe('lesson-3-passmark');
    expect(fieldIdFor(['draft', 'lessons', 3, 'questions'])).toBe('lesson-3-questions');
    expect(fieldIdFor(['draft', 'lessons', 3, 'questions', 1, 'question'])).toBe('lesson-3-q1');
    expect(fieldIdFor(['draft', 'lessons', 3, 'questions', 1, 'options', 2, 'text'])).toBe('lesson-3-q1-o2');
    expect(fieldIdFor(['draft', 'lessons', 3, 'questions', 1, 'correct'])).toBe('lesson-3-q1-group');
    expect(fieldIdFor(['draft', 'lessons', 2])).toBe('lesson-2');
    expect(fieldIdFor(['draft', 'lessons'])).toBe('lessons-heading');
    expect(fieldIdFor(['draft', 'topics', 0])).toBe('course-topics');
    expect(fieldIdFor(['courseId'])).toBeUndefined();
    expect(fieldIdFor([])).toBeUndefined();
  });
});

describe('from the server’s refusal to the editor’s errors', () => {
  const refuse = (change: (d: ReturnType<typeof fullDraft>) => void) => {
    const bad = fullDraft();
    change(bad);
    const result = saveCourseSchema.safeParse({ courseId: 'c1', version: 1, draft: bad });
    if (result.success) throw new Error('expected a refusal');
    return { bad, fieldErrors: messagesByPath(result.error) };
  };

  it('keys each message by its whole path and words it with the lesson’s title', () => {
    const { bad, fieldErrors } = refuse((d) => {
      d.lessons[0]!.body = '';
      const quiz = d.lessons[3]!;
      if (quiz.kind === 'QUIZ') quiz.questions[0]!.options[1]!.text = '';
    });
    expect(fieldErrors).toEqual({
      'draft.lessons.0.body': ['Texten saknas.'],
      'draft.lessons.3.questions.0.options.1.text': ['Svarsalternativet saknas.'],
    });
    const located = locateErrors(fieldErrors, bad);
    expect(located).toEqual([
      { id: 'lesson-0-body', message: 'Texten saknas.', text: 'Lektion 1 (Lektion nummer 1): texten saknas.' },
      {
        id: 'lesson-3-q0-o1',
        message: 'Svarsalternativet saknas.',
        text: 'Lektion 4 (Lektion nummer 4), fråga 1, svarsalternativ 2: svarsalternativet saknas.',
      },
    ]);
    expect(errorsById(located)).toEqual({
      'lesson-0-body': 'Texten saknas.',
      'lesson-3-q0-o1': 'Svarsalternativet saknas.',
    });
  });

  it('names a refusal of the whole lesson list and one without a field', () => {
    const { bad, fieldErrors } = refuse((d) => {
      d.lessons[1]!.slug = d.lessons[0]!.slug;
    });
    expect(locateErrors({ ...fieldErrors, version: ['Ladda om sidan.'] }, bad)).toEqual([
      {
        id: 'lessons-heading',
        message: 'Två lektioner har samma kortnamn. Ge varje lektion ett eget.',
        text: 'Lektionerna: två lektioner har samma kortnamn. Ge varje lektion ett eget.',
      },
      { id: undefined, message: 'Ladda om sidan.', text: 'Versionen: ladda om sidan.' },
    ]);
  });

  it('keeps the first message of a field with several', () => {
    const located = locateErrors({ 'draft.title': ['Först.', 'Sedan.'] }, draft);
    expect(errorsById(located)).toEqual({ 'course-title': 'Först.' });
    expect(locateErrors(undefined, draft)).toEqual([]);
  });

  it('has a Swedish name for every key in every table', () => {
    for (const table of Object.values(fieldNames))
      for (const name of Object.values(table)) expect(name).toMatch(/^[a-zåäö ]+$/);
  });
});
