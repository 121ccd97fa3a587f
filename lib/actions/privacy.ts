'use server';

import { authorize } from '@/lib/auth/guards';
import { requestDeletion } from '@/lib/data/my-data';
import { deletionRequestSchema } from '@/lib/validation/learning';
import { action } from './action';

export const requestDeletionAction = action({
  guard: () => authorize('profile:own'),
  schema: deletionRequestSchema,
  run: (data, { viewer }) => requestDeletion(viewer, data.reason),
  revalidate: ['/min-sida'],
  success: ({ created }) =>
    created
      ? 'Din begäran är skickad till portalens administratör. Du får besked inom en månad.'
      : 'Du har redan en begäran om radering som väntar på handläggning.',
});
