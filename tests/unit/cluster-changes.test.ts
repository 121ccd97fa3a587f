// Several app instances on one PostgreSQL (issue 20): a write's change to one instance's memory is
// announced with NOTIFY, every other instance's listener hands it to its own app, and the app's
// internal route applies it. Here the parts one at a time; tests/cluster runs them together.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const revalidatePath = vi.fn();
vi.mock('next/cache', () => ({ revalidatePath }));

// LISTEN/NOTIFY needs no tables: the server's own database will do, whichever engine the suite runs on.
const postgresUrl = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '')
  ? process.env.TEST_DATABASE_URL!
  : 'postgresql://postgres@127.0.0.1:5432/postgres';

type Received = { token: string | undefined; body: unknown };
const received: Received[] = [];
let app: http.Server;
let messages: typeof import('@/lib/cluster/messages');
let changes: typeof import('@/lib/data/cluster-changes');
let listener: typeof import('@/lib/cluster/listener');
let stats: typeof import('@/lib/data/stats-cache');
let route: typeof import('@/app/api/intern/andringar/route');
let sender: pg.Client;

beforeAll(async () => {
  // Stands in for this instance's own app: records what the listener hands over.
  app = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ token: req.headers['x-portal-internal'] as string | undefined, body: JSON.parse(body) });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  vi.stubEnv('DATABASE_URL', postgresUrl);
  vi.stubEnv('PORTAL_INTERNAL_URL', `http://127.0.0.1:${(app.address() as AddressInfo).port}`);
  vi.stubEnv('NEXTAUTH_SECRET', 'unit-test-secret-0123456789');
  vi.stubEnv('STATS_CACHE_SECONDS', '600');
  messages = await import('@/lib/cluster/messages');
  changes = await import('@/lib/data/cluster-changes');
  listener = await import('@/lib/cluster/listener');
  stats = await import('@/lib/data/stats-cache');
  route = await import('@/app/api/intern/andringar/route');
  sender = new pg.Client({ connectionString: postgresUrl });
  await sender.connect();
});

afterAll(async () => {
  await sender.end();
  await new Promise((resolve) => app.close(resolve));
  vi.unstubAllEnvs();
});

const notify = (payload: unknown) =>
  sender.query('SELECT pg_notify($1, $2)', [
    messages.CHANNEL,
    typeof payload === 'string' ? payload : JSON.stringify(payload),
  ]);

async function waitForReceived(count: number) {
  await vi.waitFor(() => expect(received.length).toBeGreaterThanOrEqual(count), { timeout: 5000, interval: 20 });
}

describe('the listener', () => {
  it('forgets everything when it starts: the build’s pages may be older than the database', async () => {
    listener.listenForChanges();
    await waitForReceived(1);
    expect(received).toEqual([{ token: messages.internalToken(), body: { kind: 'everything' } }]);
    received.length = 0;
  });

  it('hands another instance’s change to its own app, with the token, and skips its own and garbage', async () => {
    await vi.waitFor(
      async () => {
        const { rows } = await sender.query(
          "SELECT 1 FROM pg_stat_activity WHERE application_name = 'portal-changes' AND query LIKE 'LISTEN%'",
        );
        expect(rows).toHaveLength(1);
      },
      { timeout: 5000 },
    );
    await notify({ from: messages.instanceId, change: { kind: 'statistics', organisationId: 'own' } });
    await notify('not json');
    await notify({ from: randomUUID(), change: { kind: 'delete-everything' } });
    const change = { kind: 'pages', paths: ['/vagledning/a', ['/(public)/vagledning/[slug]', 'page']] };
    await notify({ from: randomUUID(), change });
    await waitForReceived(1);
    expect(received).toEqual([{ token: messages.internalToken(), body: change }]);
  });

  it('after losing its connection, listens again and tells its app to forget everything', async () => {
    received.length = 0;
    await sender.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'portal-changes'",
    );
    await waitForReceived(1);
    expect(received[0]!.body).toEqual({ kind: 'everything' });
    const change = { kind: 'statistics', organisationId: 'org-after' };
    await notify({ from: randomUUID(), change });
    await waitForReceived(2);
    expect(received[1]!.body).toEqual(change);
  });

  it('hears what announce() sends, from this instance, after the write', async () => {
    const other = new pg.Client({ connectionString: postgresUrl });
    await other.connect();
    const heard = new Promise<string | undefined>((resolve) => other.on('notification', (n) => resolve(n.payload)));
    await other.query(`LISTEN ${messages.CHANNEL}`);
    changes.announce({ kind: 'statistics', organisationId: 'org-1' });
    expect(JSON.parse((await heard)!)).toEqual({
      from: messages.instanceId,
      change: { kind: 'statistics', organisationId: 'org-1' },
    });
    await other.end();
  });

  it('sends "everything" instead of a change too long for NOTIFY', async () => {
    const other = new pg.Client({ connectionString: postgresUrl });
    await other.connect();
    const heard = new Promise<string | undefined>((resolve) => other.on('notification', (n) => resolve(n.payload)));
    await other.query(`LISTEN ${messages.CHANNEL}`);
    const paths = Array.from({ length: 100 }, (_, i) => `/vagledning/${'lang-adress-'.repeat(8)}${i}`);
    changes.announce({ kind: 'pages', paths });
    expect(JSON.parse((await heard)!).change).toEqual({ kind: 'everything' });
    await other.end();
  });
});

describe('the internal route', () => {
  const post = (body: string, token: string | null = messages.internalToken()) =>
    route.POST(
      new Request('http://127.0.0.1/api/intern/andringar', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token === null ? {} : { 'x-portal-internal': token }) },
        body,
      }),
    );
  const rows = (n: number) => async () => [
    {
      unitId: `u${n}`,
      gender: 'KVINNA' as const,
      audience: 'EMPLOYEE' as const,
      people: n,
      assigned: 0,
      assignedDone: 0,
      overdue: 0,
      completers: 0,
      completions: 0,
    },
  ];

  it('answers 404 without the token or with another, and changes nothing', async () => {
    await stats.rememberStats(['org-r'], 'k', rows(1));
    const change = JSON.stringify({ kind: 'statistics', organisationId: 'org-r' });
    expect((await post(change, null)).status).toBe(404);
    expect((await post(change, 'a'.repeat(64))).status).toBe(404);
    expect((await stats.rememberStats(['org-r'], 'k', rows(2))).rows[0]!.people).toBe(1);
  });

  it('refuses a change it does not know with 400', async () => {
    expect((await post('{')).status).toBe(400);
    expect((await post(JSON.stringify({ kind: 'pages', paths: ['no-slash'] }))).status).toBe(400);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('forgets one organisation’s statistics, and keeps the others’', async () => {
    await stats.rememberStats(['org-s'], 'k', rows(1));
    await stats.rememberStats(['org-t'], 'k', rows(1));
    expect((await post(JSON.stringify({ kind: 'statistics', organisationId: 'org-s' }))).status).toBe(204);
    expect((await stats.rememberStats(['org-s'], 'k', rows(2))).rows[0]!.people).toBe(2);
    expect((await stats.rememberStats(['org-t'], 'k', rows(2))).rows[0]!.people).toBe(1);
  });

  it('refreshes the units another instance wrote progress in, and refuses a change about too many', async () => {
    const row = async (unitId: string, people: number) => ({ ...(await rows(people)())[0]!, unitId });
    const asked: string[][] = [];
    const follow = {
      kind: 'refresh' as const,
      forUnits: async (units: readonly string[]) => {
        asked.push([...units]);
        return Promise.all(units.map((u) => row(u, 3)));
      },
    };
    await stats.rememberStats(['org-p'], 'k', async () => [await row('u1', 1), await row('u2', 1)], follow);
    const change = { kind: 'progress', organisationId: 'org-p', unitIds: ['u1'] };
    expect((await post(JSON.stringify(change))).status).toBe(204);
    // The unit's rows were read again and replaced the old ones; nothing else was computed.
    const after = await stats.rememberStats(['org-p'], 'k', async () => [], follow);
    expect(asked).toEqual([['u1']]);
    expect(after.rows.map((r) => [r.unitId, r.people]).sort()).toEqual([
      ['u1', 3],
      ['u2', 1],
    ]);
    const many = { ...change, unitIds: Array.from({ length: 51 }, (_, i) => `u${i}`) };
    expect((await post(JSON.stringify(many))).status).toBe(400);
  });

  it('revalidates the pages another instance revalidated, and everything after a lost connection', async () => {
    await post(JSON.stringify({ kind: 'pages', paths: ['/vagledning/a', ['/checklista', 'layout']] }));
    // Each page in every language (app/[locale]).
    expect(revalidatePath.mock.calls).toEqual([
      ['/sv/vagledning/a'],
      ['/en/vagledning/a'],
      ['/[locale]/checklista', 'layout'],
    ]);
    await stats.rememberStats(['org-u', 'org-v'], 'compare', rows(1));
    await post(JSON.stringify({ kind: 'everything' }));
    expect(revalidatePath).toHaveBeenLastCalledWith('/', 'layout');
    expect((await stats.rememberStats(['org-u', 'org-v'], 'compare', rows(2))).rows[0]!.people).toBe(2);
  });
});
