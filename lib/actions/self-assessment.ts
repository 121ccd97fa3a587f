'use server';

import { z } from 'zod';
import { authorize } from '@/lib/auth/guards';
import { saveRound } from '@/lib/data/self-assessment';
import { versionSchema } from '@/lib/validation/form';
import { action } from './action';

export const saveSelfAssessmentAction = action({
  guard: () => authorize('profile:own'),
  schema: z.object({ version: versionSchema }),
  run: (data, { viewer, values }) => saveRound(viewer, data.version, values),
  revalidate: ['/min-sida/sjalvskattning'],
  redirect: (result) => (result.ok ? '/min-sida/sjalvskattning?sparad=1' : undefined),
  success: (result, _data, { values }) =>
    result.ok
      ? 'Dina svar är sparade.'
      : {
          status: 'error',
          message: `Svara på alla påståenden. ${Object.keys(result.errors).length} saknar svar. Inget är sparat än.`,
          fieldErrors: Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, [message]])),
          values,
        },
});
