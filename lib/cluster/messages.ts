import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { authSecret } from '@/lib/env';

// What the app instances of one installation tell each other (lib/data/cluster-changes.ts sends,
// lib/cluster/listener.ts receives). No 'server-only' here: instrumentation.ts loads the listener.

export const CHANNEL = 'portal_changes';

/** The most units one write of progress names (stats-cache refreshes them; more starts afresh). */
export const MAX_PROGRESS_UNITS = 50;

const revalidateSchema = z.union([
  z.string().startsWith('/').max(300),
  z.tuple([z.string().startsWith('/').max(300), z.enum(['layout', 'page'])]),
]);

export const changeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('statistics'), organisationId: z.string().min(1).max(100) }),
  // A write of progress (a completion, an assignment) in these units: their rows are read again.
  z.object({
    kind: z.literal('progress'),
    organisationId: z.string().min(1).max(100),
    unitIds: z.array(z.string().min(1).max(100)).max(MAX_PROGRESS_UNITS),
  }),
  z.object({ kind: z.literal('pages'), paths: z.array(revalidateSchema).min(1).max(200) }),
  // After the listener lost its connection it may have missed changes: forget everything.
  z.object({ kind: z.literal('everything') }),
]);
export type Change = z.infer<typeof changeSchema>;

/** A message on the channel: the change and the instance that made it (which skips its own). */
export const messageSchema = z.object({ from: z.string().uuid(), change: changeSchema });

const globalForInstance = globalThis as unknown as { portalInstanceId?: string };
/** This process's id, the same in every bundle of it. */
export const instanceId = (globalForInstance.portalInstanceId ??= randomUUID());

// The listener hands a change to the app through its own route, so that Next's revalidatePath runs
// where it works (in a request) and the statistics are forgotten in the app's own memory.
const TOKEN_PURPOSE = 'portal-cluster-changes';

export function internalToken(): string {
  return createHmac('sha256', authSecret()).update(TOKEN_PURPOSE).digest('hex');
}

export function isInternalToken(token: string | null): boolean {
  if (!token) return false;
  const expected = Buffer.from(internalToken());
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
