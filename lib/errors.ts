// Expected errors carry a message meant for the user (in Swedish). Anything else is logged and
// shown as a generic message, so no stack trace or internal detail reaches a browser.
export class ExpectedError extends Error {
  constructor(
    message: string,
    readonly kind: 'unauthenticated' | 'not-found' | 'forbidden' | 'validation' | 'conflict' | 'rate-limited',
  ) {
    super(message);
    this.name = 'ExpectedError';
  }
}

export const notFound = (message = 'Sidan eller uppgiften finns inte.') => new ExpectedError(message, 'not-found');
export const forbidden = (message = 'Du har inte behörighet till det här.') => new ExpectedError(message, 'forbidden');
export const conflict = (message: string) => new ExpectedError(message, 'conflict');
export const invalid = (message: string) => new ExpectedError(message, 'validation');

export const GENERIC_ERROR = 'Något gick fel. Försök igen om en stund, eller kontakta portalens administratör.';

export function userMessage(error: unknown): string {
  if (error instanceof ExpectedError) return error.message;
  console.error(error);
  return GENERIC_ERROR;
}

export const statusFor: Record<ExpectedError['kind'], number> = {
  unauthenticated: 401,
  'not-found': 404,
  forbidden: 403,
  validation: 400,
  conflict: 409,
  'rate-limited': 429,
};
