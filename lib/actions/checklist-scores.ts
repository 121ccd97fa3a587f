'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { authorize } from '@/lib/auth/guards';
import { NOTE_MAX, NOTE_MAX_MESSAGE } from '@/lib/checklist/score';
import { saveScoreRound } from '@/lib/data/checklist-scores';
import { slugSchema } from '@/lib/validation/content';
import { invalidVersion, versionSchema } from '@/lib/validation/form';
import { action } from './action';

const scoreRoundSchema = z.object({
  mall: slugSchema,
  forvaltning: z.string().trim().min(1, 'Välj en förvaltning.').max(64, 'Välj en förvaltning.'),
  version: versionSchema,
  note: z.string().trim().max(NOTE_MAX, NOTE_MAX_MESSAGE).default(''),
});

/** A management's round of the self-assessment against SKR's step: all items at once, or nothing. */
export const saveScoreRoundAction = action({
  guard: () => authorize('checklist:read'),
  schema: scoreRoundSchema,
  invalid: invalidVersion,
  run: (data, { viewer, values }) =>
    saveScoreRound(viewer, {
      templateKey: data.mall,
      unitId: data.forvaltning,
      revision: data.version,
      note: data.note,
      values,
    }),
  revalidate: ['/checklista/skattning'],
  redirect: (result) => (result.ok ? `/checklista/skattning/${result.roundId}?sparad=1` : undefined),
  success: async (result, _data, { values }) =>
    result.ok
      ? 'Skattningen är sparad.'
      : {
          status: 'error',
          message: (await getTranslations('scores'))('refused', { count: Object.keys(result.errors).length }),
          fieldErrors: Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, [message]])),
          values,
        },
});
