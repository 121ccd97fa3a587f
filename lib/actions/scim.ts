'use server';

import { authorize } from '@/lib/auth/guards';
import { createScimToken, revokeScimToken, setScimUnitAttribute } from '@/lib/data/scim-tokens';
import { scimTokenRevokeSchema, scimTokenSchema, scimUnitAttributeSchema } from '@/lib/validation/scim';
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

export const setScimUnitAttributeAction = action({
  guard: () => authorize('admin:settings'),
  schema: scimUnitAttributeSchema,
  run: ({ unitAttribute }, { viewer }) => setScimUnitAttribute(viewer, unitAttribute),
  revalidate: [PAGE],
  success: 'Attributet för enhet är sparat.',
});
