import 'server-only';
import { NextResponse } from 'next/server';
import { ExpectedError, GENERIC_ERROR, statusFor } from './errors';
import { requestLogger } from './log';

/** Wraps a route handler: expected errors become their status with a Swedish message; others a 500 without details. */
export function handle<Args extends unknown[]>(fn: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (error) {
      if (error instanceof ExpectedError) {
        return NextResponse.json({ error: error.message }, { status: statusFor[error.code] });
      }
      (await requestLogger()).error({ err: error }, 'unexpected error in route handler');
      return NextResponse.json({ error: GENERIC_ERROR }, { status: 500 });
    }
  };
}
