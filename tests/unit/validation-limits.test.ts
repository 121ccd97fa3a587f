// Junk a form once accepted: names with control characters, thousands of repeated audiences or
// topics, due dates in the year 9999, and a malformed version number that was reported as
// "someone else saved". Each is now refused with its own Swedish message.
import { describe, expect, it } from 'vitest';
import { addDays, addYears, stockholmDay } from '@/lib/dates';
import { unitCreateSchema, unitRenameSchema, personSchema, settingsSchema } from '@/lib/validation/admin';
import { assignSchema } from '@/lib/validation/assignments';
import { templateItemSchema } from '@/lib/validation/checklist';
import { courseDraftSchema, newCourseSchema, pathEditSchema } from '@/lib/validation/course-editor';
import { CONTROL_MESSAGE, VERSION_MESSAGE, oneLine, versionSchema } from '@/lib/validation/form';
import { guideSaveSchema } from '@/lib/validation/guide';
import type { z } from 'zod';

const errorsOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('one line of text', () => {
  const line = oneLine({ max: 10, required: 'Skriv något.' });

  it('is trimmed and kept when it is one line', () => {
    expect(line.parse('  Förskola  ')).toBe('Förskola');
  });

  it.each([['A\u0000B'], ['A\r\nB'], ['A\nB'], ['A\tB'], ['A\u2028B'], ['A\u007fB'], ['A\u0085B']])(
    'refuses the control character in %j',
    (value) => expect(errorsOf(line, value)).toEqual([CONTROL_MESSAGE]),
  );

  it('refuses empty and long lines with their own messages', () => {
    expect(errorsOf(line, '   ')).toEqual(['Skriv något.']);
    expect(errorsOf(line, 'x'.repeat(11))).toEqual(['Skriv högst 10 tecken.']);
  });

  it('is used by every name and title field', () => {
    const bad = 'Förskolan\u0000Solrosen\r\nX';
    const inputs: [z.ZodType, object][] = [
      [unitCreateSchema, { name: bad, parentId: '' }],
      [unitRenameSchema, { id: 'u1', name: bad }],
      [personSchema, { name: bad, email: 'a@b.se', role: 'EMPLOYEE', audience: 'EMPLOYEE' }],
      [settingsSchema, { name: bad, kind: 'KOMMUN' }],
      [newCourseSchema, { title: bad, summary: 'S' }],
      [templateItemSchema, { templateId: 't', version: '1', sectionKey: 'a', key: 'b', title: bad }],
    ];
    for (const [schema, input] of inputs) expect(errorsOf(schema, input)).toContain(CONTROL_MESSAGE);
  });
});

const draft = {
  title: 'Kurs',
  summary: 'S',
  description: '',
  audiences: ['chef'],
  topics: ['grunder'],
  minutes: 10,
  lessons: [{ kind: 'READING', slug: 'a', title: 'T', body: 'B' }],
};
const guide = {
  slug: 'sida',
  title: 'Sida',
  summary: 'S',
  body: 'B',
  topics: ['grunder'],
  audiences: ['chef'],
  skrEdition: '',
  related: [],
  sources: [{ title: 'K', publisher: 'SKR', url: '', date: '' }],
  note: '',
};

describe('repeated choices', () => {
  const many = (value: string) => Array.from({ length: 20_000 }, () => value);

  it('refuses 20,000 repeated audiences or topics in the course and guide editors', () => {
    expect(courseDraftSchema.safeParse(draft).success).toBe(true);
    expect(errorsOf(courseDraftSchema, { ...draft, audiences: many('chef') })).toContain(
      'Välj varje alternativ högst en gång.',
    );
    expect(errorsOf(courseDraftSchema, { ...draft, topics: many('grunder') })).toContain(
      'Välj varje alternativ högst en gång.',
    );
    expect(guideSaveSchema.safeParse(guide).success).toBe(true);
    expect(errorsOf(guideSaveSchema, { ...guide, topics: many('grunder') })).toContain(
      'Välj varje alternativ högst en gång.',
    );
    expect(errorsOf(guideSaveSchema, { ...guide, audiences: ['chef', 'chef'] })).toContain(
      'Välj varje alternativ högst en gång.',
    );
  });

  it('refuses the same course twice in a learning path', () => {
    const path = { audience: 'chef', version: '1', title: 'T', summary: 'S', intro: '', courseIds: ['c1', 'c1'] };
    expect(errorsOf(pathEditSchema, path)).toEqual(['Välj varje kurs högst en gång.']);
  });

  it('says the course editor’s minutes in Swedish', () => {
    expect(errorsOf(courseDraftSchema, { ...draft, minutes: 1.5 })).toEqual(['Ange ungefärlig tid i hela minuter.']);
    expect(errorsOf(courseDraftSchema, { ...draft, minutes: 601 })).toEqual(['Ange högst 600 minuter.']);
    expect(errorsOf(courseDraftSchema, { ...draft, minutes: '10' })).toEqual(['Ange ungefärlig tid i hela minuter.']);
  });
});

describe('due dates', () => {
  const today = stockholmDay(new Date());
  const assign = (dueDate: string) => ({ item: 'course:c1', target: 'audience', audience: 'MANAGER', dueDate });

  it('accepts today up to five years ahead', () => {
    expect(assignSchema.safeParse(assign(today)).success).toBe(true);
    expect(assignSchema.safeParse(assign(addYears(today, 5))).success).toBe(true);
  });

  it('refuses the year 9999 and the day after five years', () => {
    const message = 'Välj ett slutdatum högst 5 år fram i tiden.';
    expect(errorsOf(assignSchema, assign('9999-12-31'))).toEqual([message]);
    expect(errorsOf(assignSchema, assign(addDays(addYears(today, 5), 1)))).toEqual([message]);
  });
});

describe('version numbers', () => {
  it.each([['abc'], ['1.5'], ['-1'], ['1e3'], [' 1'], [''], ['9'.repeat(10)], [Number.NaN], [null]])(
    'refuses %j as a version',
    (value) => expect(errorsOf(versionSchema, value)).toEqual([VERSION_MESSAGE]),
  );

  it('reads digits as a number', () => {
    expect(versionSchema.parse('12')).toBe(12);
    expect(versionSchema.parse(3)).toBe(3);
  });

  it('refuses a guide save with a malformed version instead of comparing it', () => {
    const save = { ...guide, pageId: 'p1' };
    expect(guideSaveSchema.parse({ ...save, version: '4' }).version).toBe(4);
    expect(errorsOf(guideSaveSchema, { ...save, version: 'abc' })).toEqual([VERSION_MESSAGE]);
    expect(errorsOf(guideSaveSchema, { ...save, version: '' })).toEqual([VERSION_MESSAGE]);
    // A new page has no id and no version yet.
    expect(guideSaveSchema.safeParse({ ...guide, version: '' }).success).toBe(true);
  });
});
