import { z } from './zod';
import { oneLine } from './form';
import { idSchema } from './admin';
import { audienceAttributes, unitAttributes } from '@/lib/scim/user';

export const scimTokenSchema = z.object({
  name: oneLine({ max: 60, min: 3, required: 'Skriv vad nyckeln är till för, till exempel Entra ID.' }),
});
export const scimTokenRevokeSchema = z.object({ id: idSchema });
export const scimMappingSchema = z
  .object({
    unit: z.enum(unitAttributes, { error: 'Välj ett av attributen i listan.' }),
    audience: z.preprocess(
      (v) => (v === '' ? null : v),
      z.enum(audienceAttributes, { error: 'Välj ett av attributen i listan.' }).nullable(),
    ),
  })
  .refine((m) => m.unit !== m.audience, {
    path: ['audience'],
    message: 'Enhet och målgrupp kan inte komma från samma attribut.',
  });
