import { z } from 'zod';

export const REVOKE_REASON_MAX = 500;
/** Written out, so lib/i18n/messages-en.ts can give its English; tests/unit/written-limits.test.ts holds it equal to the limit. */
export const REVOKE_REASON_MAX_MESSAGE = 'Skälet får vara högst 500 tecken.';

/** An administrator's revocation of a course or path certificate: the reason is required and kept in the audit log. */
export const revokeCertificateSchema = z.object({
  kind: z.enum(['course', 'path'], { error: 'Välj ett intyg att återkalla.' }),
  id: z.string().trim().min(1, 'Välj ett intyg att återkalla.').max(64, 'Intyget finns inte.'),
  reason: z
    .string({ error: 'Skriv varför intyget återkallas.' })
    .trim()
    .min(1, 'Skriv varför intyget återkallas.')
    .max(REVOKE_REASON_MAX, REVOKE_REASON_MAX_MESSAGE),
});

export type RevokeCertificate = z.infer<typeof revokeCertificateSchema>;

/** The code typed into the verification form (/intyg?kod=…). */
export const certificateCodeSchema = z
  .string({ error: 'Skriv koden som står på intyget.' })
  .trim()
  .min(1, 'Skriv koden som står på intyget.')
  .max(40, 'Koden är för lång. Skriv den som den står på intyget, till exempel JP-2026-7K3MQ-9XA2B.')
  .regex(
    /^[\p{L}\p{N}\s\u2010-\u2015\u2212-]+$/u,
    'Koden har bara bokstäver, siffror och bindestreck, till exempel JP-2026-7K3MQ-9XA2B.',
  );
