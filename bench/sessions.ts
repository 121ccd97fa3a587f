// Signed-in users without the sign-in form: session cookies minted with next-auth's own `encode`
// and the secret the bench server gets. The payload is what the jwt callback
// (lib/auth/session-callbacks.ts) puts in a token: pages use only `sub` and the session version,
// and re-read the person from the database on every request, so the cookie is accepted exactly
// like one from a real sign-in.
import { encode } from 'next-auth/jwt';

/** Over plain http next-auth uses the cookie name without the __Secure- prefix. */
export const SESSION_COOKIE = 'next-auth.session-token';
const MAX_AGE = 8 * 60 * 60;

export type SessionPerson = {
  id: string;
  name: string;
  email: string;
  role: 'EMPLOYEE' | 'MANAGER' | 'STRATEGIST' | 'ADMIN';
  audience: 'POLITICIAN' | 'MANAGER' | 'STRATEGIST' | 'EMPLOYEE';
  organisationId: string;
  unitId: string | null;
  /** The person's current session version: a token without it is refused. */
  sessionVersion: number | string;
};

export async function sessionCookie(person: SessionPerson, secret: string): Promise<string> {
  const token = await encode({
    secret,
    maxAge: MAX_AGE,
    token: {
      sub: person.id,
      name: person.name,
      email: person.email,
      sessionVersion: Number(person.sessionVersion),
    },
  });
  return `${SESSION_COOKIE}=${token}`;
}

/** One session cookie per person for the run, made the first time the person is asked for. */
export function cookieJar(secret: string) {
  const cookies = new Map<string, string>();
  return async (p: SessionPerson): Promise<string> => {
    const known = cookies.get(p.id);
    if (known) return known;
    const made = await sessionCookie(p, secret);
    cookies.set(p.id, made);
    return made;
  };
}
