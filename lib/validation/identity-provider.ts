import { z } from './zod';
import { flag, oneLine } from './form';

// An organisation's own OpenID Connect provider, as an administrator enters it in /admin/inloggning.

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
export const MAX_DOMAINS = 20;
export const CLIENT_ID_MAX = 200;
export const LABEL_MAX = 60;
// The messages that name a limit are written out, so lib/i18n/messages-en.ts can give their English;
// tests/unit/written-limits.test.ts holds them equal to the limits.
export const MAX_DOMAINS_MESSAGE = 'Högst 20 domäner får anges.';
export const CLIENT_ID_MAX_MESSAGE = 'Skriv högst 200 tecken.';
export const LABEL_MAX_MESSAGE = 'Skriv högst 60 tecken.';

/** Free mail services: nobody's employer, so no organisation may claim them for its sign-in. */
export const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.se',
  'live.com',
  'live.se',
  'msn.com',
  'icloud.com',
  'me.com',
  'yahoo.com',
  'yahoo.se',
  'telia.com',
  'proton.me',
  'protonmail.com',
]);

/** Whether an issuer may be used: https, or http on this machine where the installation allows it (tests). */
export const issuerAllowed = (issuer: string, allowHttpLoopback: boolean) =>
  issuer.startsWith('https://') || allowHttpLoopback;

/** https, or http on this machine only (a provider for tests); no user, query or fragment. */
const issuerSchema = z
  .string({ error: 'Skriv utfärdarens adress.' })
  .trim()
  .min(1, 'Skriv utfärdarens adress.')
  .max(300, 'Adressen får vara högst 300 tecken.')
  .refine((value) => {
    try {
      const url = new URL(value);
      const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
      return secure && !url.username && !url.password && !url.search && !url.hash;
    } catch {
      return false;
    }
  }, 'Skriv en adress som börjar med https://, till exempel https://login.microsoftonline.com/<katalog-id>/v2.0.')
  .transform((value) => value.replace(/\/+$/, ''));

const domainsSchema = z
  .string({ error: 'Skriv minst en e-postdomän.' })
  .transform((value) =>
    value
      .toLowerCase()
      .split(/[\s,;]+/)
      .map((d) => d.replace(/^@/, ''))
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().regex(DOMAIN, 'Skriv domänerna som till exempel sjostad.se, åtskilda med kommatecken.'))
      .min(1, 'Skriv minst en e-postdomän.')
      .max(MAX_DOMAINS, MAX_DOMAINS_MESSAGE)
      .refine((domains) => !domains.some((d) => PUBLIC_MAIL_DOMAINS.has(d)), {
        message: 'Allmänna e-posttjänster, till exempel gmail.com, kan inte kopplas till en organisation.',
      })
      .transform((domains) => [...new Set(domains)]),
  );

export const identityProviderSchema = z.object({
  issuer: issuerSchema,
  clientId: oneLine({
    max: CLIENT_ID_MAX,
    required: 'Skriv klient-id (application id).',
    tooLong: CLIENT_ID_MAX_MESSAGE,
  }),
  /** Empty keeps the secret already saved; it is never shown again. */
  clientSecret: z
    .string()
    .trim()
    .max(500, 'Hemligheten får vara högst 500 tecken.')
    .optional()
    .transform((v) => v || undefined),
  domains: domainsSchema,
  label: oneLine({
    max: LABEL_MAX,
    min: 3,
    required: 'Skriv knappens text, till exempel Logga in med Sjöstads konto.',
    tooLong: LABEL_MAX_MESSAGE,
  }),
  enabled: flag,
  createOnFirstSignIn: flag,
});
export type IdentityProviderInput = z.infer<typeof identityProviderSchema>;
