// Certificate codes (intygsnummer): printed on every certificate and typed or scanned by whoever
// receives one to verify it at /intyg/[kod]. The public page is the only guard, so a code must be
// unguessable: ten characters of Crockford's base32 carry 50 random bits (the first codes had 8 hex
// digits, 32 bits; they keep working). That alphabet has no I, L, O or U, so nothing is misread.
import { randomInt } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_RANDOM_CHARS = 10;
/** Longer than any code the portal has written; anything longer is refused unread. */
export const CODE_MAX_LENGTH = 40;

/** A new code, e.g. "JP-2026-7K3MQ-9XA2B". */
export function newCertificateNo(now: Date = new Date()): string {
  const random = Array.from({ length: CODE_RANDOM_CHARS }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `JP-${now.getFullYear()}-${random.slice(0, 5)}-${random.slice(5)}`;
}

/**
 * A typed or scanned code as it is stored: upper case, without spaces, any dash as '-'. Null when it
 * cannot be a code (empty, too long, other signs), so no lookup is made.
 */
export function normaliseCertificateCode(raw: string): string | null {
  const code = raw
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '')
    .toUpperCase();
  if (code.length < 4 || code.length > CODE_MAX_LENGTH) return null;
  return /^[A-Z0-9]+(-[A-Z0-9]+)*$/.test(code) ? code : null;
}
