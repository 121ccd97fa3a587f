// Expected errors carry a message meant for the user (in Swedish) and a code that callers
// compare (never the message). Anything else is logged where it is caught (lib/actions/action.ts,
// lib/http.ts) and shown as a generic message, so no stack trace or internal detail reaches a
// browser. Each code maps to the HTTP status route handlers answer with.
export const statusFor = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  /** Someone else saved first: the version the editor started from is no longer the newest. */
  STALE_VERSION: 409,
  /** A guidance page's address is taken by another page. */
  SLUG_TAKEN: 409,
  /** A person's e-mail address is taken by another account. */
  EMAIL_TAKEN: 409,
  /** A person's employee number is taken by another person of the organisation. */
  NUMBER_TAKEN: 409,
} as const;

export type ErrorCode = keyof typeof statusFor;

export class ExpectedError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
  ) {
    super(message);
    this.name = 'ExpectedError';
  }
}

export const unauthenticated = (message = 'Du behöver logga in först.') =>
  new ExpectedError(message, 'UNAUTHENTICATED');
export const notFound = (message = 'Sidan eller uppgiften finns inte.') => new ExpectedError(message, 'NOT_FOUND');
export const forbidden = (message = 'Du har inte behörighet till det här.') => new ExpectedError(message, 'FORBIDDEN');
export const conflict = (
  message: string,
  code: 'CONFLICT' | 'STALE_VERSION' | 'SLUG_TAKEN' | 'EMAIL_TAKEN' | 'NUMBER_TAKEN' = 'CONFLICT',
) => new ExpectedError(message, code);
export const invalid = (message: string) => new ExpectedError(message, 'VALIDATION');

export const GENERIC_ERROR = 'Något gick fel. Försök igen om en stund, eller kontakta portalens administratör.';
