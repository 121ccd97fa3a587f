// next-auth's own request handler with the portal's options on a throw-away database, for unit
// tests of sign-in: requests go through next-auth as the browser's do (the route file only adapts
// them to Next's Request). A throw here is what the route answers with HTTP 500.
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { vi } from 'vitest';
import { createTempDb, type TempDb } from './test-db';

export const PASSWORD = 'Rätt-lösen-123';

export type SignInRoute = {
  temp: TempDb;
  db: import('@/lib/db').Db;
  /** POSTs a form to /api/auth/<action>/<provider> as next-auth's client does: status and where to. */
  post: (route: string, form: Record<string, string>, query?: Record<string, string>) => Promise<Answer>;
  /** GETs /api/auth/<action>/<provider>, e.g. the link from a sign-in mail. */
  get: (route: string, query: Record<string, string>) => Promise<Answer>;
  close: () => Promise<void>;
};

type Answer = { status: number; url: string; cookies: Record<string, string> };
type Internal = { status?: number; redirect?: string; body?: unknown; cookies?: { name: string; value: string }[] };
type Handler = (params: { req: Record<string, unknown>; options: unknown }) => Promise<Internal>;

// Not in next-auth's package exports; the route reaches it through NextAuth().
const corePath = path.resolve(import.meta.dirname, '../../node_modules/next-auth/core/index.js');

export async function signInRoute(url?: string): Promise<SignInRoute> {
  const temp = await createTempDb();
  vi.resetModules();
  // lib/db keeps its client on globalThis; a second route in one file needs its own.
  delete (globalThis as { portalDb?: unknown }).portalDb;
  vi.stubEnv('DATABASE_URL', url ?? temp.url);
  if (!url) {
    const { runMigrations } = await import('@/scripts/migrate');
    await runMigrations({ url: temp.url });
  }
  const { db } = await import('@/lib/db');
  const { authOptions } = await import('@/lib/auth/options');
  const { AuthHandler } = (await import(corePath)) as { AuthHandler: Handler };
  const csrf = randomBytes(16).toString('hex');
  const hash = createHash('sha256').update(`${csrf}${authOptions.secret}`).digest('hex');
  const cookies = { 'next-auth.csrf-token': `${csrf}|${hash}` };

  async function send(route: string, method: string, body?: Record<string, string>, query = {}): Promise<Answer> {
    const [action, providerId] = route.split('/');
    const req = { action, providerId, method, body, query, cookies, headers: {} };
    const answer = await AuthHandler({ req, options: authOptions });
    return {
      status: answer.status ?? (answer.redirect ? 302 : 200),
      url: answer.redirect ?? JSON.stringify(answer.body),
      cookies: Object.fromEntries((answer.cookies ?? []).map((c) => [c.name, c.value])),
    };
  }

  return {
    temp,
    db,
    post: (route, form, query) => send(route, 'POST', { csrfToken: csrf, json: 'true', ...form }, query),
    get: (route, query) => send(route, 'GET', undefined, query),
    close: async () => {
      await db.$disconnect();
      await temp.drop();
      vi.unstubAllEnvs();
    },
  };
}

/** One organisation with a person with a password, one signing in by link only, and one who left. */
export async function seedPeople(db: import('@/lib/db').Db) {
  const { hashPassword } = await import('@/lib/auth/password');
  const org = await db.organisation.create({ data: { slug: 'test', name: 'Testkommun', kind: 'KOMMUN' } });
  const base = { organisationId: org.id, role: 'EMPLOYEE' as const };
  await db.user.create({
    data: { ...base, name: 'Anna', email: 'anna@kommun.se', passwordHash: await hashPassword(PASSWORD) },
  });
  await db.user.create({ data: { ...base, name: 'Leila', email: 'leila@kommun.se' } });
  await db.user.create({ data: { ...base, name: 'Tomas', email: 'tomas@kommun.se', active: false } });
}
