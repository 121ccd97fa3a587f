'use server';

import { authorize } from '@/lib/auth/guards';
import { keyToAudience } from '@/lib/audiences';
import { savePath } from '@/lib/data/path-editor';
import { pathEditSchema } from '@/lib/validation/course-editor';
import { action } from './action';
import type { FormValues } from './state';

/** Courses are chosen by giving each a position (`pos-<id>`); empty positions leave the course out. */
const chosenCourses = (values: FormValues) =>
  Object.entries(values)
    .flatMap(([key, value]) =>
      key.startsWith('pos-') && value.trim() !== '' ? [{ id: key.slice(4), pos: Number(value) }] : [],
    )
    .filter((p) => Number.isFinite(p.pos))
    .sort((a, b) => a.pos - b.pos)
    .map((p) => p.id);

export const savePathAction = action({
  guard: () => authorize('content:edit'),
  schema: pathEditSchema,
  input: (values) => ({ ...values, courseIds: chosenCourses(values) }),
  run: (data, { viewer }) => savePath(viewer, { ...data, audience: keyToAudience[data.audience] }),
  // The start page names the paths too.
  revalidate: (_, data) => ['/', ['/larvagar', 'layout'], `/redaktion/larvagar/${data.audience}`],
  success: 'Lärvägen är sparad och publicerad.',
});
