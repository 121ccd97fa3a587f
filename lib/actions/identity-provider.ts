'use server';

import { authorize } from '@/lib/auth/guards';
import { removeProvider, saveProvider } from '@/lib/data/identity-providers';
import { identityProviderSchema } from '@/lib/validation/identity-provider';
import { z } from '@/lib/validation/zod';
import { action } from './action';

export const saveProviderAction = action({
  guard: () => authorize('admin:settings'),
  schema: identityProviderSchema,
  run: (data, { viewer }) => saveProvider(viewer, data),
  revalidate: ['/admin/inloggning', '/logga-in'],
  // The secret is never sent back to the page, also not when the form is refused.
  secret: ['clientSecret'],
  success: (_, __, { values }) => ({
    message: 'Inloggningen med jobbkonto är sparad. Leverantörens inställningar gick att läsa.',
    values: { ...values, clientSecret: '' },
  }),
});

export const removeProviderAction = action({
  guard: () => authorize('admin:settings'),
  schema: z.object({}),
  run: (_, { viewer }) => removeProvider(viewer),
  revalidate: ['/admin/inloggning', '/logga-in'],
  success: 'Inloggningen med jobbkonto är borttagen. Personerna loggar nu in med lösenord eller länk.',
});
