import type { ImportPlan } from './plan';

// A confirmed import is written a few people at a time, each batch in a short transaction of its
// own, so the portal serves other requests between batches: one transaction for a whole file held
// SQLite's one connection (and, its driver being synchronous, Node's event loop) for tens of
// seconds. All of one person's changes stay in one batch, so a batch leaves each person either as
// they were or as the file says, and the assignment rules see their final unit and audience.

/**
 * How a confirmed import is written. Each step writes its people with one statement per table
 * (lib/data/bulk.ts), so a step costs little more than its rows.
 *
 * SQLite: its driver runs on Node's thread, and while a transaction is open nothing else can use
 * the one connection, so each step is a short transaction of its own and other requests run
 * between them. A page waits for the running step once per step of its own (a query, a piece of
 * rendering): smaller steps keep pages quick, larger ones finish the import sooner. Measured with
 * the bench's import scenario (20,000 new people, /min-sida read one after another, same machine
 * and build): 500 per step gave a 5.6 s import and p95 1,277 ms; 100 gave 6.6 s and 1,249 ms;
 * 50 gave 7.0 s and 692 ms (with 10 per step and a statement per person it was 31 s and 347 ms).
 *
 * PostgreSQL: the whole import is one transaction (all or nothing); other requests read on their
 * own connections meanwhile. It is written in steps only so that no single piece of work in this
 * thread (building 20,000 mails, their JSON) holds up the requests it also serves.
 */
export const WRITE_BATCH = {
  sqlite: { perTransaction: 50, perStep: 50 },
  postgresql: { perTransaction: 'all', perStep: 2_000 },
} as const satisfies Record<string, { perTransaction: number | 'all'; perStep: number }>;

export type PlanChanges = Pick<ImportPlan, 'creates' | 'updates' | 'moves' | 'managerAdds' | 'deactivations'>;

const noChanges = (): PlanChanges => ({
  creates: [],
  updates: [],
  moves: [],
  managerAdds: [],
  deactivations: [],
});

/** The plan's changes in batches of at most `size` file rows (people), then the deactivations. */
export function planBatches(plan: PlanChanges, size: number): PlanChanges[] {
  const rows = [...plan.creates, ...plan.updates, ...plan.moves, ...plan.managerAdds].map((c) => c.line);
  const lines = [...new Set(rows)].sort((a, b) => a - b);
  const batchOf = new Map(lines.map((line, i) => [line, Math.floor(i / size)]));
  const batches = Array.from({ length: Math.ceil(lines.length / size) }, noChanges);
  const at = (line: number) => batches[batchOf.get(line)!]!;
  for (const c of plan.creates) at(c.line).creates.push(c);
  for (const u of plan.updates) at(u.line).updates.push(u);
  for (const m of plan.moves) at(m.line).moves.push(m);
  for (const m of plan.managerAdds) at(m.line).managerAdds.push(m);
  for (let i = 0; i < plan.deactivations.length; i += size)
    batches.push({ ...noChanges(), deactivations: plan.deactivations.slice(i, i + size) });
  return batches;
}

/** All batches' changes as one list each (what an import wrote, batch by batch). */
export function joinBatches(batches: readonly PlanChanges[]): PlanChanges {
  return {
    creates: batches.flatMap((b) => b.creates),
    updates: batches.flatMap((b) => b.updates),
    moves: batches.flatMap((b) => b.moves),
    managerAdds: batches.flatMap((b) => b.managerAdds),
    deactivations: batches.flatMap((b) => b.deactivations),
  };
}

export function changeCount(changes: PlanChanges): number {
  return (
    changes.creates.length +
    changes.updates.length +
    changes.moves.length +
    changes.managerAdds.length +
    changes.deactivations.length
  );
}
