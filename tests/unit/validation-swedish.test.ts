// Every schema a form posts to answers in Swedish, whatever arrives: a missing field, a wrong type,
// a huge string, thousands of repeats. zod's own defaults ("Invalid input: expected number") are
// English, so a field without a message of its own is caught here. Content files' frontmatter
// (lib/validation/content.ts) is checked by developers' tests, not by a form, and stays out.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as admin from '@/lib/validation/admin';
import * as assignments from '@/lib/validation/assignments';
import * as auth from '@/lib/validation/auth';
import * as checklist from '@/lib/validation/checklist';
import * as course from '@/lib/validation/course-editor';
import * as guide from '@/lib/validation/guide';
import * as learning from '@/lib/validation/learning';
import * as deletion from '@/lib/validation/deletion-requests';
import { versionSchema } from '@/lib/validation/form';

const ENGLISH = /\b(expected|invalid|too|must|received|should|required|option|input|string|number|array)\b/i;

const forms: Record<string, z.ZodType> = {
  person: admin.personSchema,
  unitCreate: admin.unitCreateSchema,
  unitRename: admin.unitRenameSchema,
  unitMove: admin.unitMoveSchema,
  unitManager: admin.unitManagerSchema,
  unitManagerRemove: admin.unitManagerRemoveSchema,
  settings: admin.settingsSchema,
  assign: assignments.assignSchema,
  rule: assignments.ruleSchema,
  reminder: assignments.reminderSchema,
  signIn: auth.signInSchema,
  magicLink: auth.magicLinkSchema,
  itemUpdate: checklist.itemUpdateSchema,
  comment: checklist.commentSchema,
  openChecklist: checklist.openChecklistSchema,
  templateItem: checklist.templateItemSchema,
  templateSection: checklist.templateSectionSchema,
  templateItemRemove: checklist.templateItemRemoveSchema,
  templateRevision: checklist.templateRevisionSchema,
  newCourse: course.newCourseSchema,
  saveCourse: course.saveCourseSchema,
  courseDraft: course.courseDraftSchema,
  lessonDraft: course.lessonDraftSchema,
  pathEdit: course.pathEditSchema,
  guideForm: guide.guideFormSchema,
  guideSave: guide.guideSaveSchema,
  guideSource: guide.guideSourceInputSchema,
  lessonRef: learning.lessonRefSchema,
  reflection: learning.reflectionSchema,
  deletionRequest: learning.deletionRequestSchema,
  deletionHandling: deletion.deletionHandlingSchema,
  version: versionSchema,
};

const junk: unknown[] = [
  undefined,
  null,
  '',
  '\u0000\r\n',
  'x'.repeat(200_001),
  'abc',
  -1,
  1.5,
  Number.NaN,
  '9999-12-31',
  [],
  Array.from({ length: 20_000 }, () => 'chef'),
  {},
  true,
];

// Forms post FormData, read into an object; these take a JSON payload or one value, so anything may arrive.
const whole = new Set<z.ZodType>([
  course.saveCourseSchema,
  course.courseDraftSchema,
  course.lessonDraftSchema,
  versionSchema,
]);

const keysOf = (schema: z.ZodType): string[] => {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : ['kind', 'slug', 'title', 'body', 'questions', 'passMark', 'version'];
};

const lesson = { kind: 'QUIZ', slug: 'a', title: 'T', body: '', passMark: 0.8 };
const draft = { title: 'T', summary: 'S', description: '', audiences: ['chef'], topics: ['grunder'], minutes: 10 };
// Nested parts reached only through the whole draft: lessons, questions and options.
const nested: [string, z.ZodType, unknown][] = [
  ['minutes as text', course.courseDraftSchema, { ...draft, minutes: '10', lessons: [] }],
  ['minutes too many', course.courseDraftSchema, { ...draft, minutes: 601, lessons: [] }],
  ['minutes fraction', course.courseDraftSchema, { ...draft, minutes: 1.5, lessons: [] }],
  ['unknown lesson kind', course.lessonDraftSchema, { ...lesson, kind: 'GAME' }],
  ['question junk', course.lessonDraftSchema, { ...lesson, questions: [{ options: [{}], correct: 'x' }] }],
  ['too many questions', course.lessonDraftSchema, { ...lesson, questions: Array(21).fill({}) }],
  ['pass mark as text', course.lessonDraftSchema, { ...lesson, passMark: 'x', questions: [] }],
  ['reading body', course.lessonDraftSchema, { kind: 'READING', slug: 'A B', title: 1, body: 2 }],
  ['reflection body', course.lessonDraftSchema, { kind: 'REFLECTION', slug: 'a', title: 'T', body: 2, prompt: 3 }],
  ['video', course.lessonDraftSchema, { kind: 'VIDEO', slug: 'a', title: 'T', body: 'B', video: 1, duration: 2 }],
];

function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('every form schema refuses in Swedish', () => {
  it.each(Object.entries(forms))('%s', (_, schema) => {
    const said = new Set<string>();
    if (whole.has(schema)) for (const value of junk) messages(schema, value).forEach((m) => said.add(m));
    for (const key of keysOf(schema))
      for (const value of junk) messages(schema, { [key]: value }).forEach((m) => said.add(m));
    expect(said.size).toBeGreaterThan(0);
    expect([...said].filter((m) => ENGLISH.test(m))).toEqual([]);
  });

  it.each(nested)('the course draft: %s', (_, schema, input) => {
    const said = messages(schema, input);
    expect(said.length).toBeGreaterThan(0);
    expect(said.filter((m) => ENGLISH.test(m))).toEqual([]);
  });
});
