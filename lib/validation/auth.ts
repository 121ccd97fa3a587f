import { z } from './zod';

export const emailSchema = z
  .string({ error: 'Skriv din e-postadress.' })
  .trim()
  .toLowerCase()
  .max(254, 'E-postadressen är för lång.')
  .pipe(z.email({ error: 'Skriv en giltig e-postadress, till exempel namn@kommun.se.' }));

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: 'Skriv ditt lösenord.' })
    .min(1, 'Skriv ditt lösenord.')
    .max(200, 'Lösenordet är för långt.'),
});
export type SignIn = z.infer<typeof signInSchema>;

export const magicLinkSchema = z.object({ email: emailSchema });
