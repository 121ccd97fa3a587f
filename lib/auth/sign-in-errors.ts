// Every way a sign-in can fail, as a code, and the one sentence shown for it (lib/i18n, both languages). next-auth
// puts the code in `?error=` (and a thrown Error's message, whatever it says, from authorize), so
// the form and the page only ever show a sentence from this table: a database error or anything
// else that reaches the address is shown as the generic sentence, its details stay in the log.
// Client-safe: no server imports.
import { createTranslator } from 'use-intl/core';
import { messages, type Locale, type Messages } from '@/lib/i18n';

export const WRONG_CREDENTIALS = 'WrongCredentials';
export const UNAVAILABLE = 'Unavailable';
export const WORK_ACCOUNT_UNVERIFIED = 'WorkAccountUnverified';
export const WORK_ACCOUNT_OTHER_ORGANISATION = 'WorkAccountOtherOrganisation';
export const WORK_ACCOUNT_BROKEN = 'WorkAccountBroken';
export const WORK_ACCOUNT_ALREADY_BOUND = 'WorkAccountAlreadyBound';
const LOCKED_PREFIX = 'Locked-';

/** The code authorize throws while an address is locked; the minutes are the only detail carried. */
export function lockedCode(minutes: number): string {
  return `${LOCKED_PREFIX}${Math.max(1, Math.ceil(minutes))}`;
}

/** Which sentence of the catalogue (`signInErrors` in lib/i18n) each code gets. */
const keys = {
  [WRONG_CREDENTIALS]: 'wrongCredentials',
  CredentialsSignin: 'wrongCredentials',
  [UNAVAILABLE]: 'unavailable',
  Verification: 'verification',
  AccessDenied: 'noAccount',
  EmailSignin: 'emailSignin',
  EmailCreateAccount: 'noAccount',
  OAuthAccountNotLinked: 'notLinked',
  OAuthSignin: 'workAccountStart',
  OAuthCallback: 'workAccountFailed',
  OAuthCreateAccount: 'noAccount',
  [WORK_ACCOUNT_UNVERIFIED]: 'workAccountUnverified',
  [WORK_ACCOUNT_OTHER_ORGANISATION]: 'workAccountOtherOrganisation',
  [WORK_ACCOUNT_ALREADY_BOUND]: 'workAccountAlreadyBound',
  [WORK_ACCOUNT_BROKEN]: 'workAccountBroken',
  Callback: 'generic',
  Signin: 'generic',
  SessionRequired: 'sessionRequired',
  Configuration: 'unavailable',
  Default: 'generic',
} as const satisfies Record<string, keyof Messages['signInErrors']>;

export const GENERIC_SIGN_IN_ERROR = messages('sv').signInErrors.generic;

/**
 * The sentence for a next-auth error code (or one of ours), in the reader's language; anything
 * unknown gets the generic one.
 */
export function signInErrorMessage(code: unknown, locale: Locale = 'sv'): string {
  const t = createTranslator({ locale, messages: messages(locale), namespace: 'signInErrors' });
  if (typeof code !== 'string') return t('generic');
  const locked = /^Locked-(\d{1,4})$/.exec(code);
  if (locked) return t('locked', { minutes: Number(locked[1]) });
  return Object.hasOwn(keys, code) ? t(keys[code as keyof typeof keys]) : t('generic');
}
