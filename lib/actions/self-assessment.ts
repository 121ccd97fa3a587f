'use server';

import { getTranslations } from 'next-intl/server';
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
  success: async (result, _data, { values }) =>
    result.ok
      ? 'Dina svar är sparade.'
      : {
          status: 'error',
          message: (await getTranslations('selfAssessment'))('refused', { count: Object.keys(result.errors).length }),
          fieldErrors: Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, [message]])),
          values,
        },
});
