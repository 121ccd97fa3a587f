// Guards against sessions that outlive signing out or deactivation (issue 14, finding 5): a copied
// session cookie stayed valid for hours after signing out, and /api/auth/session still returned
// name, e-mail and role for a deactivated person. Each token now carries the person's session
// version, checked on every read; signing out and deactivation raise it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let seeded: Seeded;
let callbacks: typeof import('@/lib/auth/session-callbacks');
let people: typeof import('@/lib/data/admin-people-write');
let getSessionUser: typeof import('@/lib/data/session-user').getSessionUser;

const expires = new Date(Date.now() + 3_600_000).toISOString();
const idOf = async (email: string) =>
  (await seeded.db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;

// A token as next-auth makes it at sign-in: its default fields, then our jwt callback.
async function signIn(id: string): Promise<JWT> {
  const jwt = callbacks.jwtCallback as (args: unknown) => Promise<JWT>;
  return jwt({ token: { sub: id }, user: { id }, trigger: 'signIn' });
}

// What /api/auth/session answers for the token.
async function sessionFor(token: JWT): Promise<Partial<Session>> {
  const session = callbacks.sessionCallback as (args: unknown) => Promise<Partial<Session>>;
  return session({ session: { expires, user: { name: token.name, email: token.email } }, token });
}

beforeAll(async () => {
  seeded = await seededDb();
  callbacks = await import('@/lib/auth/session-callbacks');
  people = await import('@/lib/data/admin-people-write');
  ({ getSessionUser } = await import('@/lib/data/session-user'));
}, 120_000);

afterAll(async () => {
  await seeded?.close();
});

describe(`session versions on ${engine}`, () => {
  it('a current token passes, with the person as the database has them now', async () => {
    const id = await idOf('medarbetare@sjostad.se');
    const token = await signIn(id);
    expect(token.sessionVersion).toBe(0);
    expect((await sessionFor(token)).user).toMatchObject({
      id,
      name: 'Moa Medarbetare',
      email: 'medarbetare@sjostad.se',
      role: 'EMPLOYEE',
    });
    expect(await getSessionUser(id, token.sessionVersion!)).toMatchObject({ id });
  });

  it('a token from before signing out is refused, and the next sign-in works', async () => {
    const id = await idOf('strateg@sjostad.se');
    const before = await signIn(id);
    const copied = { ...before };
    await callbacks.signOutEvent({ token: before });
    expect(await sessionFor(copied)).toEqual({});
    expect(await getSessionUser(id, copied.sessionVersion!)).toBeNull();

    const after = await signIn(id);
    expect((await sessionFor(after)).user).toMatchObject({ id });
    // Signing out again with the old copy does not end the newer session.
    await callbacks.signOutEvent({ token: copied });
    expect((await sessionFor(after)).user).toMatchObject({ id });
  });

  it('a deactivated person is refused at once, and stays signed out when reactivated', async () => {
    const admin = await seeded.viewer('admin@sjostad.se');
    const id = await idOf('chef@sjostad.se');
    const token = await signIn(id);
    expect((await sessionFor(token)).user).toMatchObject({ id });

    await people.setPersonActive(admin, id, false);
    expect(await sessionFor(token)).toEqual({});
    expect(await getSessionUser(id, token.sessionVersion!)).toBeNull();

    await people.setPersonActive(admin, id, true);
    expect(await sessionFor(token)).toEqual({});
    expect((await sessionFor(await signIn(id))).user).toMatchObject({ id });
  });

  it('a person whose address is removed (staff without e-mail have no account) is signed out', async () => {
    const admin = await seeded.viewer('admin@sjostad.se');
    const id = await idOf('medarbetare@sjostad.se');
    const token = await signIn(id);
    expect(await getSessionUser(id, token.sessionVersion!)).toMatchObject({ id });
    const person = await seeded.db.user.findUniqueOrThrow({ where: { id } });
    await people.updatePerson(admin, id, {
      name: person.name,
      email: null,
      employeeNumber: 'H-77',
      role: 'EMPLOYEE',
      audience: person.audience,
      unitId: person.unitId,
      gender: person.gender,
    });
    expect(await getSessionUser(id, token.sessionVersion!)).toBeNull();
    expect(await sessionFor(token)).toEqual({});
  });

  it('a token without a session version, or for no one, stands for no one', async () => {
    const id = await idOf('politiker@sjostad.se');
    expect(await sessionFor({ sub: id, name: 'Pelle Politiker', role: 'EMPLOYEE' } as JWT)).toEqual({});
    expect(await sessionFor({ sub: 'finns-inte', sessionVersion: 0 })).toEqual({});
  });

  it('the guards read the identity from the token, not the public session', async () => {
    const { authOptions } = await import('@/lib/auth/options');
    const options = callbacks.identityOnly(authOptions);
    const token = await signIn(await idOf('politiker@sjostad.se'));
    const session = options.callbacks!.session as (args: unknown) => Promise<unknown>;
    expect(await session({ session: { expires }, token })).toEqual({
      identity: { id: token.sub, sessionVersion: token.sessionVersion },
    });
  });
});
