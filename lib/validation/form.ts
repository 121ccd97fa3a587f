import { z } from 'zod';

/** A yes/no field: a ticked checkbox sends 'on' (an unticked one nothing), a hidden field 'true' or 'false'. */
export const flag = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false')])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true');
