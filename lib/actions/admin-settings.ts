'use server';

import { authorize } from '@/lib/auth/guards';
import { updateOrganisationSettings } from '@/lib/data/admin-settings';
import { settingsSchema } from '@/lib/validation/admin';
import { action } from './action';

export const updateSettingsAction = action({
  guard: () => authorize('admin:settings'),
  schema: settingsSchema,
  run: (data, { viewer }) => updateOrganisationSettings(viewer, data),
  // The organisation's name shows in the shell and on many pages, and in other organisations'
  // comparison (/statistik/jamfor), which reads who shares on every request.
  revalidate: [['/', 'layout']],
  success: (_, __, { values }) => ({ message: 'Inställningarna är sparade.', values }),
});
