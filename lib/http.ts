import 'server-only';
import { NextResponse } from 'next/server';
import { ExpectedError, GENERIC_ERROR, statusFor } from './errors';
import { askedLocale, inLanguage } from './i18n/messages';
import { requestLogger } from './log';

/**
 * Wraps a route handler: expected errors become their status with their message in the language
 * the request asks for; others a 500 without details.
 */
export function handle<Args extends unknown[]>(fn: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (error) {
      if (error instanceof ExpectedError) {
        const message = inLanguage(error.message, await askedLocale());
        return NextResponse.json({ error: message }, { status: statusFor[error.code] });
      }
      (await requestLogger()).error({ err: error }, 'unexpected error in route handler');
      return NextResponse.json({ error: inLanguage(GENERIC_ERROR, await askedLocale()) }, { status: 500 });
    }
  };
}
