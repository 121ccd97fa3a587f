'use server';

import { revalidatePath } from 'next/cache';
import { authorize } from '@/lib/auth/guards';
import { updateOrganisationSettings } from '@/lib/data/admin-settings';
import { settingsSchema } from '@/lib/validation/admin';
import { fromError, fromZodError } from './state';
import { textFields, type FormState } from './form-values';

export async function updateSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = textFields(formData, ['name', 'kind', 'cemrSignedAt']);
  try {
    const viewer = await authorize('admin:settings');
    const parsed = settingsSchema.safeParse(values);
    if (!parsed.success) return { ...fromZodError(parsed.error), values };
    await updateOrganisationSettings(viewer, parsed.data);
    // The organisation's name shows in the shell and on many pages.
    revalidatePath('/', 'layout');
    return { status: 'success', message: 'Inställningarna är sparade.', values };
  } catch (error) {
    return { ...fromError(error), values };
  }
}
