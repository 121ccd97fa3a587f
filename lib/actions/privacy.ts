'use server';

import { revalidatePath } from 'next/cache';
import { authorize } from '@/lib/auth/guards';
import { requestDeletion } from '@/lib/data/my-data';
import { deletionRequestSchema } from '@/lib/validation/learning';
import { fromError, fromZodError, type ActionState } from './state';

export async function requestDeletionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const viewer = await authorize('profile:own');
    const parsed = deletionRequestSchema.safeParse({ reason: form.get('reason') ?? undefined });
    if (!parsed.success) return fromZodError(parsed.error);
    const { created } = await requestDeletion(viewer, parsed.data.reason);
    revalidatePath('/min-sida');
    return {
      status: 'success',
      message: created
        ? 'Din begäran är skickad till portalens administratör. Du får besked inom en månad.'
        : 'Du har redan en begäran om radering som väntar på handläggning.',
    };
  } catch (error) {
    return fromError(error);
  }
}
