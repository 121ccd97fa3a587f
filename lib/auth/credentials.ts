import 'server-only';
import { randomBytes } from 'node:crypto';
import { findActiveUserByEmail } from '@/lib/data/session-user';
import { requestLogger } from '@/lib/log';
import { hashPassword, verifyPassword } from './password';
import { UNAVAILABLE } from './sign-in-errors';

/** A refusal authorize means to show: its message is a code from lib/auth/sign-in-errors.ts. */
export class SignInFailure extends Error {
  constructor(code: string) {
    super(code);
    this.name = 'SignInFailure';
  }
}

// next-auth puts whatever authorize throws into `?error=`, which reaches the form. Anything that is
// not a SignInFailure (a database that is down, with its host and port) is logged here and
// answered with a code, so its details never leave the server.
export async function guardSignIn<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SignInFailure) throw error;
    (await requestLogger()).error({ err: error }, 'Inloggningen med lösenord kunde inte genomföras');
    throw new SignInFailure(UNAVAILABLE);
  }
}

// Unknown addresses and accounts without a password are checked against this hash of a random
// password, made once per process and started when the module loads: every sign-in then costs one
// scrypt, so the time taken does not tell which addresses have accounts (76 ms against 15 ms did).
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(18).toString('base64'));
  return dummy;
}
void dummyHash();

/** The active person with this address and password, or null; equal work either way. */
export async function checkPassword(email: string, password: string): Promise<{ id: string } | null> {
  const user = await findActiveUserByEmail(email);
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  return user?.passwordHash && ok ? { id: user.id } : null;
}
