'use server';

import { authorize } from '@/lib/auth/guards';
import { createScimToken, revokeScimToken, setScimMapping } from '@/lib/data/scim-tokens';
import { scimMappingSchema, scimTokenRevokeSchema, scimTokenSchema } from '@/lib/validation/scim';
import { action } from './action';

const PAGE = '/admin/provisionering';

export const createScimTokenAction = action<
  Awaited<ReturnType<typeof authorize>>,
  typeof scimTokenSchema,
  string,
  { token: string }
>({
  guard: () => authorize('admin:settings'),
  schema: scimTokenSchema,
  run: ({ name }, { viewer }) => createScimToken(viewer, name),
  revalidate: [PAGE],
  success: (token) => ({
    message: 'Nyckeln är skapad. Kopiera den nu: den visas bara den här gången.',
    data: { token },
    values: { name: '' },
  }),
});

export const revokeScimTokenAction = action({
  guard: () => authorize('admin:settings'),
  schema: scimTokenRevokeSchema,
  run: ({ id }, { viewer }) => revokeScimToken(viewer, id),
  revalidate: [PAGE],
  success: 'Nyckeln är återkallad. Provisionering med den nekas från och med nu.',
});

export const setScimMappingAction = action({
  guard: () => authorize('admin:settings'),
  schema: scimMappingSchema,
  run: (mapping, { viewer }) => setScimMapping(viewer, mapping),
  revalidate: [PAGE],
  success: 'Attributen för enhet och målgrupp är sparade.',
});
