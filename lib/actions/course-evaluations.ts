'use server';

import { authorize } from '@/lib/auth/guards';
import { saveEvaluation } from '@/lib/data/course-evaluations';
import { evaluationSchema } from '@/lib/validation/evaluation';
import { action } from './action';

export const evaluateCourseAction = action({
  guard: () => authorize('learning:take'),
  schema: evaluationSchema,
  invalid: 'Utvärderingen är inte sparad. Rätta det som är markerat.',
  run: (data, { viewer }) => saveEvaluation(viewer, data),
  revalidate: (_, { courseSlug }) => [[`/kurser/${courseSlug}`, 'layout']],
  success: 'Tack! Din utvärdering är sparad. Den visas för redaktionen utan ditt namn.',
});
