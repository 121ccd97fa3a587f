import { z } from './zod';
import { oneLine } from './form';
import { idSchema } from './admin';
import { audienceAttributes, unitAttributes } from '@/lib/scim/user';

export const TOKEN_NAME_MAX = 60;
/** Written out, so lib/i18n/messages-en.ts can give its English; tests/unit/written-limits.test.ts holds it equal to the limit. */
export const TOKEN_NAME_MAX_MESSAGE = 'Skriv högst 60 tecken.';

export const scimTokenSchema = z.object({
  name: oneLine({
    max: TOKEN_NAME_MAX,
    min: 3,
    required: 'Skriv vad nyckeln är till för, till exempel Entra ID.',
    tooLong: TOKEN_NAME_MAX_MESSAGE,
  }),
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
