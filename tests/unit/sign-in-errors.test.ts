// Regression guard for sign-in failures (issue 14, finding 6): the form showed whatever next-auth
// put in `?error=` (a raw database error with host and port when PostgreSQL was down). Every code
// maps to a Swedish sentence from one table; anything else gets the generic one, never the input.
import { describe, expect, it } from 'vitest';
import { GENERIC_SIGN_IN_ERROR, lockedCode, signInErrorMessage, WRONG_CREDENTIALS } from '@/lib/auth/sign-in-errors';
import { normalizeLinkAddress, InvalidAddress } from '@/lib/auth/sign-in-link';

// Every code next-auth 4 puts in `?error=` (core/pages/error and the routes), and ours.
const nextAuthCodes = [
  'Signin',
  'OAuthSignin',
  'OAuthCallback',
  'OAuthCreateAccount',
  'EmailCreateAccount',
  'Callback',
  'OAuthAccountNotLinked',
  'EmailSignin',
  'CredentialsSignin',
  'SessionRequired',
  'Verification',
  'AccessDenied',
  'Configuration',
  'Default',
];

describe('signInErrorMessage', () => {
  it.each(nextAuthCodes)('gives %s a Swedish sentence', (code) => {
    const message = signInErrorMessage(code);
    expect(message).toMatch(/^[A-ZÅÄÖ][^<>]+\.$/);
    expect(message).not.toContain(code);
  });

  it('gives the same sentences in English, counts read right', () => {
    expect(signInErrorMessage(WRONG_CREDENTIALS, 'en')).toBe('Wrong email address or password.');
    expect(signInErrorMessage(lockedCode(1), 'en')).toBe('Too many failed sign-ins. Wait 1 minute and try again.');
    expect(signInErrorMessage(lockedCode(15), 'en')).toBe('Too many failed sign-ins. Wait 15 minutes and try again.');
    expect(signInErrorMessage('<script>', 'en')).toBe('Signing in failed. Please try again in a while.');
  });

  it('keeps the sentences people already know', () => {
    expect(signInErrorMessage(WRONG_CREDENTIALS)).toBe('Fel e-postadress eller lösenord.');
    expect(signInErrorMessage('CredentialsSignin')).toBe('Fel e-postadress eller lösenord.');
    expect(signInErrorMessage(lockedCode(15))).toBe(
      'För många misslyckade inloggningar. Vänta 15 minuter och försök igen.',
    );
    expect(signInErrorMessage(lockedCode(1))).toBe(
      'För många misslyckade inloggningar. Vänta 1 minut och försök igen.',
    );
    expect(signInErrorMessage('Verification')).toBe(
      'Inloggningslänken har redan använts eller gått ut. Be om en ny länk.',
    );
  });

  it.each([
    "Can't reach database server at `db.kommun.internal:5432`",
    'connect ECONNREFUSED 127.0.0.1:5432',
    'Invalid `prisma.user.findFirst()` invocation',
    '<script>alert(1)</script>',
    'Locked-15 minutes, and more',
    'Locked-',
    'toString',
    '__proto__',
    '',
  ])('never echoes %j: the generic sentence', (code) => {
    expect(signInErrorMessage(code)).toBe(GENERIC_SIGN_IN_ERROR);
  });

  it('answers what is not a string with the generic sentence', () => {
    for (const code of [undefined, null, 5, ['Verification'], { code: 'Verification' }]) {
      expect(signInErrorMessage(code)).toBe(GENERIC_SIGN_IN_ERROR);
    }
  });
});

describe('the e-mail link address', () => {
  it('is trimmed and lower-cased', () => {
    expect(normalizeLinkAddress('  Leila.Ledamot@Sjostad.SE ')).toBe('leila.ledamot@sjostad.se');
  });

  it.each([
    'inte-en-adress',
    'a@b@kommun.se',
    'a@kommun.se,b@annan.se',
    '"a"@kommun.se',
    'a@kommun',
    `${'a'.repeat(250)}@kommun.se`,
    '',
    undefined,
    ['a@kommun.se'],
  ])('refuses %j with InvalidAddress, before next-auth parses it', (raw) => {
    expect(() => normalizeLinkAddress(raw)).toThrow(InvalidAddress);
  });
});
