// Guards against the lockout being beaten by concurrency (issue 14, finding 2): the lock used to be
// read before the password was checked and the failure written after, so a burst of 30 wrong
// passwords sent at once was checked in full and a right one in the burst could get in. Each
// attempt is now counted atomically before its password is checked, per address and per client.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTempDb, engine, type TempDb } from '../support/test-db';

const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/auth/password')>();
  return {
    ...real,
    verifyPassword: (password: string, stored: string) => {
      checks.count += 1;
      return real.verifyPassword(password, stored);
    },
  };
});

const LIMIT = 5;
const CLIENT_LIMIT = 8;
const PASSWORD = 'Rätt-lösen-123';
type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;

let temp: TempDb;
let db: import('@/lib/db').Db;
let authorize: Authorize;
const emails: string[] = [];

// Resolves to 'ok', or to the code authorize refused with (lib/auth/sign-in-errors.ts).
const attempt = (email: string, password: string, client = '203.0.113.7') =>
  authorize({ email, password }, { headers: { 'x-forwarded-for': `198.51.100.99, ${client}` } }).then(
    () => 'ok',
    (error: Error) => error.message,
  );

async function person(email: string) {
  const { hashPassword } = await import('@/lib/auth/password');
  const organisationId = (await db.organisation.findFirstOrThrow({ select: { id: true } })).id;
  await db.user.create({ data: { organisationId, name: email, email, passwordHash: await hashPassword(PASSWORD) } });
  emails.push(email);
  return email;
}

beforeAll(async () => {
  temp = await createTempDb();
  vi.stubEnv('DATABASE_URL', temp.url);
  vi.stubEnv('LOGIN_MAX_FAILURES', String(LIMIT));
  vi.stubEnv('LOGIN_LOCK_MINUTES', '15');
  vi.stubEnv('LOGIN_MAX_FAILURES_PER_CLIENT', String(CLIENT_LIMIT));
  vi.stubEnv('TRUSTED_PROXIES', '1');
  const { runMigrations } = await import('@/scripts/migrate');
  await runMigrations({ url: temp.url });
  ({ db } = await import('@/lib/db'));
  await db.organisation.create({ data: { slug: 'test', name: 'Testkommun', kind: 'KOMMUN' } });
  const { authOptions } = await import('@/lib/auth/options');
  // next-auth keeps a provider's own settings under `options` until it merges them per request.
  const providers = authOptions.providers as unknown as { options?: { id?: string; authorize: Authorize } }[];
  authorize = providers.find((p) => p.options?.id === 'password')!.options!.authorize;
}, 120_000);

afterEach(() => {
  vi.useRealTimers();
  checks.count = 0;
});

afterAll(async () => {
  await db?.$disconnect();
  await temp?.drop();
  vi.unstubAllEnvs();
});

describe(`the sign-in lockout on ${engine}`, () => {
  it('checks at most the limit of a burst of 30 wrong passwords, and then refuses the right one', async () => {
    const email = await person('burst@x.se');
    // Each attempt from its own client, so only the address's counter is tested here.
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(email, `gissning-${i}`, `192.0.2.${i + 1}`)),
    );
    expect(checks.count).toBe(LIMIT);
    expect(burst.filter((code) => code === 'WrongCredentials')).toHaveLength(LIMIT - 1);
    expect(burst.filter((code) => code === 'Locked-15')).toHaveLength(30 - LIMIT + 1);

    expect(await attempt(email, PASSWORD, '192.0.2.200')).toBe('Locked-15');
    expect(checks.count).toBe(LIMIT);

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 16 * 60_000 });
    expect(await attempt(email, PASSWORD, '192.0.2.201')).toBe('ok');
    // Counters whose window has ended are removed, so guessed addresses do not pile up.
    expect(await db.loginCounter.count({ where: { key: { startsWith: 'client:192.0.2.' } } })).toBe(1);
  });

  it('counts one client across addresses, and only its failures', async () => {
    const own = await person('own@x.se');
    const client = '203.0.113.50';
    // Right passwords give their attempt back: an office signing in all day is never locked.
    for (let i = 0; i < CLIENT_LIMIT + 2; i++) expect(await attempt(own, PASSWORD, client)).toBe('ok');
    checks.count = 0;
    const spray = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(`spray-${i}@x.se`, 'gissning', client)),
    );
    expect(checks.count).toBe(CLIENT_LIMIT);
    expect(spray.filter((code) => code.startsWith('Locked-'))).toHaveLength(20 - CLIENT_LIMIT + 1);
    expect(await attempt(own, PASSWORD, client)).toBe('Locked-15');
    // Another client reaches the same account as before; the client the proxy saw is what counts,
    // not what the client wrote further left in X-Forwarded-For.
    expect(await attempt(own, PASSWORD, '203.0.113.51')).toBe('ok');
  });

  it('starts the address over after a right password within the limit', async () => {
    const email = await person('typo@x.se');
    for (let i = 0; i < LIMIT - 1; i++) expect(await attempt(email, 'fel', `198.18.0.${i}`)).toBe('WrongCredentials');
    expect(await attempt(email, PASSWORD, '198.18.1.1')).toBe('ok');
    for (let i = 0; i < LIMIT - 1; i++) expect(await attempt(email, 'fel', `198.18.2.${i}`)).toBe('WrongCredentials');
    expect(await attempt(email, 'fel', '198.18.3.1')).toBe('Locked-15');
  });
});
