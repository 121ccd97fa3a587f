'use server';

import { z } from 'zod';
import { authorize } from '@/lib/auth/guards';
import { NOTE_MAX } from '@/lib/checklist/score';
import { saveScoreRound } from '@/lib/data/checklist-scores';
import { slugSchema } from '@/lib/validation/content';
import { invalidVersion, versionSchema } from '@/lib/validation/form';
import { action } from './action';

const scoreRoundSchema = z.object({
  mall: slugSchema,
  forvaltning: z.string().trim().min(1, 'Välj en förvaltning.').max(64, 'Välj en förvaltning.'),
  version: versionSchema,
  note: z.string().trim().max(NOTE_MAX, `Anteckningen får vara högst ${NOTE_MAX} tecken.`).default(''),
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
  success: (result, _data, { values }) =>
    result.ok
      ? 'Skattningen är sparad.'
      : {
          status: 'error',
          message: `Skatta alla påståenden. ${Object.keys(result.errors).length} saknar svar eller har fel. Inget är sparat än.`,
          fieldErrors: Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, [message]])),
          values,
        },
});
