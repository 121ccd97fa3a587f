'use server';

import { z } from 'zod';
import { authorize } from '@/lib/auth/guards';
import { createCourse, restoreCourseRevision, saveCourseDraft } from '@/lib/data/course-editor-write';
import { publishCourse } from '@/lib/data/course-publish';
import { messagesByPath } from '@/lib/editor/error-location';
import { invalid } from '@/lib/errors';
import { readerTranslator } from '@/lib/i18n/messages';
import { newCourseSchema, saveCourseSchema } from '@/lib/validation/course-editor';
import { VERSION_MESSAGE, versionSchema } from '@/lib/validation/form';
import { action } from './action';

const editor = () => authorize('content:edit');

export const createCourseAction = action({
  guard: editor,
  schema: newCourseSchema,
  run: (data, { viewer }) => createCourse(viewer, data),
  redirect: ({ id }) => `/redaktion/kurser/${id}`,
});

/** The editor posts the whole draft as JSON (its lesson list is built in the browser). */
function payload(values: Record<string, string>): unknown {
  try {
    return JSON.parse(values.payload ?? '');
  } catch {
    throw invalid('Kursen kunde inte läsas. Ladda om sidan och försök igen.');
  }
}

export const saveCourseAction = action({
  guard: editor,
  schema: saveCourseSchema,
  input: payload,
  invalid: 'Kursen är inte sparad. Rätta felen nedan och spara igen.',
  fieldErrors: messagesByPath,
  run: async (data, { viewer, values }) => {
    const saved = await saveCourseDraft(viewer, data);
    if (values.intent !== 'publish') return { saved };
    return { saved, published: await publishCourse(viewer, { courseId: data.courseId, version: saved.version }) };
  },
  revalidate: ({ published }) =>
    published
      ? [
          ['/larvagar', 'layout'],
          [`/kurser/${published.slug}`, 'layout'],
        ]
      : [],
  success: async ({ saved, published }) =>
    published
      ? {
          message: 'Kursen är sparad och publicerad. Deltagarna ser den nya versionen nu.',
          data: { version: published.version },
        }
      : {
          message: (await readerTranslator())('editorLearning.saved.draft', { revision: String(saved.revision) }),
          data: { version: saved.version },
        },
});

export const restoreCourseAction = action({
  guard: editor,
  schema: z.object({
    courseId: z.string().default(''),
    revisionId: z.string().default(''),
    version: versionSchema,
  }),
  invalid: VERSION_MESSAGE,
  run: (data, { viewer }) => restoreCourseRevision(viewer, data),
  revalidate: (_, { courseId }) => [[`/redaktion/kurser/${courseId}`, 'layout']],
  success: async ({ revision }) =>
    (await readerTranslator())('editorLearning.saved.restored', { revision: String(revision) }),
});
