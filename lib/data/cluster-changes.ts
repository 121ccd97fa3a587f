import 'server-only';
import { db } from '@/lib/db';
import { databaseEngine } from '@/lib/env';
import { log } from '@/lib/log';
import { CHANNEL, instanceId, type Change } from '@/lib/cluster/messages';

export const MAX_PAYLOAD_BYTES = 7900;

// Several app instances on one PostgreSQL (README, "Several instances behind nginx"): what one instance changes
// in its own memory after a write (remembered statistics, Next's cached pages) it also announces
// with PostgreSQL's NOTIFY, and every other instance does the same to its own memory
// (lib/cluster/listener.ts). SQLite runs as one process, so nothing is announced there.

/**
 * Tells the other instances about a change this one has already made to its own memory. Sent
 * after the write committed; a lost announcement costs freshness, never data, so a failure is
 * logged and the request goes on.
 */
export function announce(change: Change): void {
  if (databaseEngine() !== 'postgresql') return;
  const whole = JSON.stringify({ from: instanceId, change });
  // NOTIFY carries less than 8000 bytes: a longer change (many pages) becomes "everything".
  const payload =
    Buffer.byteLength(whole) < MAX_PAYLOAD_BYTES
      ? whole
      : JSON.stringify({ from: instanceId, change: { kind: 'everything' } });
  void db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`.catch((error: unknown) =>
    log.warn({ err: error, kind: change.kind }, 'Kunde inte meddela de andra instanserna en ändring'),
  );
}
