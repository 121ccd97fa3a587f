import 'server-only';
import type { AuthOptions, Session } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import { isLocale } from '@/lib/i18n/config';
import { rememberLocale } from '@/lib/i18n/locale-cookie';
import { endSessions, getSessionUser, sessionVersionOf } from '@/lib/data/session-user';

// Sessions are signed JWTs (no session table), so a token alone cannot be taken back. Each token
// carries the person's session version from sign-in; every read of the session compares it with
// the person's current version in the same primary-key read that loads the person
// (getSessionUser). Signing out and deactivation raise the version, so every token issued before
// ends at once, wherever it was copied to.
type Callbacks = NonNullable<AuthOptions['callbacks']>;
type Identity = { id: string; sessionVersion: number };

/** The person and session version a token stands for; tokens from before versions stand for no one. */
function tokenIdentity(token: JWT | null | undefined): Identity | null {
  const id = token?.sub;
  const sessionVersion = token?.sessionVersion;
  return id && typeof sessionVersion === 'number' ? { id, sessionVersion } : null;
}

/**
 * At sign-in the token gets the person's current session version, and the browser the language the
 * person chose, if they did (lib/i18n/locale-cookie.ts); later requests keep the token as it is.
 */
export const jwtCallback: Callbacks['jwt'] = async ({ token, user }) => {
  if (!user) return token;
  const current = await sessionVersionOf(user.id);
  if (isLocale(current?.locale)) await rememberLocale(current.locale);
  return { ...token, sub: user.id, sessionVersion: current?.sessionVersion ?? undefined };
};

/**
 * What `/api/auth/session` and `useSession` get: the person as the database has them now, or an
 * empty body, which is next-auth's own "not signed in" (useSession: unauthenticated).
 */
export const sessionCallback: Callbacks['session'] = async ({ session, token }) => {
  const identity = tokenIdentity(token);
  const user = identity ? await getSessionUser(identity.id, identity.sessionVersion) : null;
  if (!user) return {} as Session;
  const { id, name, email, role, audience, organisationId, unitId } = user;
  return { expires: session.expires, user: { id, name, email, role, audience, organisationId, unitId } };
};

/** next-auth's sign-out event: the token that signs out ends every session of the person. */
export async function signOutEvent({ token }: { token: JWT | null }): Promise<void> {
  const identity = tokenIdentity(token);
  if (identity) await endSessions(identity.id, identity.sessionVersion);
}

/**
 * The guards' view of the session: the same options, but the session is only the token's
 * identity, so a request reads the person once (getSessionUser, which also checks the version)
 * instead of once in the public callback and again in the guard.
 */
export function identityOnly(options: AuthOptions): AuthOptions {
  const session = async ({ token }: { token: JWT }) => ({ identity: tokenIdentity(token) }) as unknown as Session;
  return { ...options, callbacks: { ...options.callbacks, session } };
}

export type IdentitySession = { identity?: Identity | null };
