import { Client } from 'pg';
import { env, ownOrigin } from '@/lib/env';
import { log } from '@/lib/log';
import { CHANNEL, instanceId, internalToken, messageSchema, type Change } from './messages';

// Each app instance on PostgreSQL listens for the changes the others announce
// (lib/data/cluster-changes.ts) on a connection of its own, outside Prisma's pool, and hands each to
// its own app through /api/intern/andringar. A lost connection is opened again; whatever was
// announced meanwhile is unknown, so the instance then forgets everything once. So it does when it
// starts: its build's prerendered pages may be older than the database (a new instance, an image
// built without the data).

const RETRY_MS = [1000, 2000, 5000, 10_000];
const HEARTBEAT_MS = 30_000;
export const INTERNAL_PATH = '/api/intern/andringar';

// At start the listener may hear something before the server listens: it asks again a while.
const APPLY_TRIES = 40;
const APPLY_RETRY_MS = 250;

async function apply(change: Change, triesLeft = APPLY_TRIES): Promise<void> {
  try {
    const response = await fetch(`${ownOrigin()}${INTERNAL_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-portal-internal': internalToken() },
      body: JSON.stringify(change),
    });
    if (!response.ok) log.warn({ status: response.status, kind: change.kind }, 'Instansen tog inte emot en ändring');
  } catch (error) {
    if (triesLeft > 1) {
      setTimeout(() => void apply(change, triesLeft - 1), APPLY_RETRY_MS).unref();
      return;
    }
    log.warn({ err: error, kind: change.kind }, 'Instansen nåddes inte med en ändring');
  }
}

function onNotification(payload: string | undefined): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload ?? '');
  } catch {
    return;
  }
  const message = messageSchema.safeParse(parsed);
  if (!message.success || message.data.from === instanceId) return;
  void apply(message.data.change);
}

function connect(attempt: number, missed: boolean): void {
  // keepAlive and the heartbeat: a connection cut without a word (a firewall's idle timeout, a
  // database failover) would otherwise look open while nothing arrives on it.
  const client = new Client({
    connectionString: env.DATABASE_URL,
    application_name: 'portal-changes',
    keepAlive: true,
  });
  let closed = false;
  let heartbeat: NodeJS.Timeout | undefined;
  const retry = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    client.removeAllListeners();
    // An 'error' with no listener would end the process.
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!;
    setTimeout(() => connect(attempt + 1, true), wait).unref();
  };
  client.on('error', (error) => {
    log.warn({ err: error }, 'Anslutningen för ändringar från andra instanser bröts');
    retry();
  });
  client.on('end', retry);
  client.on('notification', (message) => {
    if (message.channel === CHANNEL) onNotification(message.payload);
  });
  client
    .connect()
    .then(() => client.query(`LISTEN ${CHANNEL}`))
    .then(() => {
      attempt = 0;
      if (missed) void apply({ kind: 'everything' });
      heartbeat = setInterval(() => {
        const silent = new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), HEARTBEAT_MS / 2));
        Promise.race([client.query('SELECT 1'), silent]).catch((error: unknown) => {
          log.warn({ err: error }, 'Anslutningen för ändringar från andra instanser svarar inte');
          retry();
        });
      }, HEARTBEAT_MS).unref();
    })
    .catch((error: unknown) => {
      log.warn({ err: error }, 'Kunde inte lyssna efter ändringar från andra instanser');
      retry();
    });
}

const globalForListener = globalThis as unknown as { portalListening?: boolean };

/** Starts listening, once per process. */
export function listenForChanges(): void {
  if (globalForListener.portalListening) return;
  globalForListener.portalListening = true;
  connect(0, true);
}
