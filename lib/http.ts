import 'server-only';
import { NextResponse } from 'next/server';
import { ExpectedError, statusFor, userMessage } from './errors';

/** Wraps a route handler: expected errors become their status with a Swedish message; others a 500 without details. */
export function handle<Args extends unknown[]>(fn: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (error) {
      const status = error instanceof ExpectedError ? statusFor[error.code] : 500;
      return NextResponse.json({ error: userMessage(error) }, { status });
    }
  };
}
