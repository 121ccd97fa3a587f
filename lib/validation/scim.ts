import { z } from './zod';
import { oneLine } from './form';
import { idSchema } from './admin';
import { unitAttributes } from '@/lib/scim/user';

export const scimTokenSchema = z.object({
  name: oneLine({ max: 60, min: 3, required: 'Skriv vad nyckeln är till för, till exempel Entra ID.' }),
});
export const scimTokenRevokeSchema = z.object({ id: idSchema });
export const scimUnitAttributeSchema = z.object({
  unitAttribute: z.enum(unitAttributes, { error: 'Välj ett av attributen i listan.' }),
});
