'use server';

import { authorize } from '@/lib/auth/guards';
import { handleDeletionRequest } from '@/lib/data/deletion-handling';
import { requestDeletion } from '@/lib/data/my-data';
import { deletionHandlingSchema } from '@/lib/validation/deletion-requests';
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

export const handleDeletionRequestAction = action({
  guard: () => authorize('admin:people'),
  schema: deletionHandlingSchema,
  invalid: 'Begäran är inte handlagd. Rätta de markerade fälten.',
  run: (data, { viewer }) => handleDeletionRequest(viewer, data),
  // The queue, the person's page and the people list all change.
  revalidate: [['/admin', 'layout']],
  redirect: (_, data) => `/admin/radering/${encodeURIComponent(data.requestId)}?handlagd=1`,
});
