// Every way a sign-in can fail, as a code, and the one Swedish sentence shown for it. next-auth
// puts the code in `?error=` (and a thrown Error's message, whatever it says, from authorize), so
// the form and the page only ever show a sentence from this table: a database error or anything
// else that reaches the address is shown as the generic sentence, its details stay in the log.
// Client-safe: no server imports.

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

export const GENERIC_SIGN_IN_ERROR = 'Inloggningen misslyckades. Försök igen om en stund.';

const messages: Record<string, string> = {
  [WRONG_CREDENTIALS]: 'Fel e-postadress eller lösenord.',
  CredentialsSignin: 'Fel e-postadress eller lösenord.',
  [UNAVAILABLE]: 'Inloggningen fungerar inte just nu. Försök igen om en stund.',
  Verification: 'Inloggningslänken har redan använts eller gått ut. Be om en ny länk.',
  AccessDenied: 'Det finns inget aktivt konto för den adressen. Kontakta portalens administratör.',
  EmailSignin: 'Inloggningslänken kunde inte skickas. Kontrollera e-postadressen och försök igen.',
  EmailCreateAccount: 'Det finns inget aktivt konto för den adressen. Kontakta portalens administratör.',
  OAuthAccountNotLinked: 'Kontot kunde inte kopplas. Kontakta portalens administratör.',
  OAuthSignin: 'Inloggningen med jobbkontot kunde inte starta. Försök igen om en stund.',
  OAuthCallback: 'Inloggningen med jobbkontot misslyckades. Försök igen om en stund.',
  OAuthCreateAccount: 'Det finns inget aktivt konto för den adressen. Kontakta portalens administratör.',
  [WORK_ACCOUNT_UNVERIFIED]:
    'Jobbkontot uppger ingen bekräftad e-postadress, så portalen kan inte veta vem du är. Kontakta din IT-avdelning.',
  [WORK_ACCOUNT_OTHER_ORGANISATION]:
    'Kontot hör inte till den organisation vars inloggning du använde. Logga in med din egen organisations konto.',
  [WORK_ACCOUNT_ALREADY_BOUND]:
    'Ditt konto i portalen är redan kopplat till ett annat jobbkonto. Kontakta portalens administratör.',
  [WORK_ACCOUNT_BROKEN]:
    'Inloggningen med jobbkonto är inte rätt inställd i portalen. Logga in på annat sätt och kontakta portalens administratör.',
  Callback: GENERIC_SIGN_IN_ERROR,
  Signin: GENERIC_SIGN_IN_ERROR,
  SessionRequired: 'Du behöver logga in för att se sidan.',
  Configuration: 'Inloggningen fungerar inte just nu. Försök igen om en stund.',
  Default: GENERIC_SIGN_IN_ERROR,
};

/** The sentence for a next-auth error code (or one of ours); anything unknown gets the generic one. */
export function signInErrorMessage(code: unknown): string {
  if (typeof code !== 'string') return GENERIC_SIGN_IN_ERROR;
  const locked = /^Locked-(\d{1,4})$/.exec(code);
  if (locked) {
    const minutes = Number(locked[1]);
    return `För många misslyckade inloggningar. Vänta ${minutes} ${minutes === 1 ? 'minut' : 'minuter'} och försök igen.`;
  }
  return Object.hasOwn(messages, code) ? messages[code]! : GENERIC_SIGN_IN_ERROR;
}
