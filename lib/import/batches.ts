import type { ImportPlan } from './plan';

// A confirmed import is written a few people at a time, each batch in a short transaction of its
// own, so the portal serves other requests between batches: one transaction for a whole file held
// SQLite's one connection (and, its driver being synchronous, Node's event loop) for tens of
// seconds. All of one person's changes stay in one batch, so a batch leaves each person either as
// they were or as the file says, and the assignment rules see their final unit and audience.

/**
 * People per batch. SQLite's driver runs on Node's thread and a batch's queries resolve without
 * letting anything else run, so a batch is the longest another request waits, and it waits once
 * per step of its own: a page that takes 15 steps (queries, rendering) waits up to 15 batches.
 * Measured with the bench's import scenario (/min-sida read one after another while 20,000 people
 * are imported, same machine and build): 40 per batch gave p50 651 / p95 930 ms and a 22.7 s
 * import; 10 gave 174 / 273 ms and 24.8 s; 5 gave 108 / 161 ms and 29.7 s. PostgreSQL leaves the
 * thread free and a batch only bounds how long its rows stay locked, while each batch costs round
 * trips: larger ones.
 */
export const WRITE_BATCH = { sqlite: 10, postgresql: 250 } as const;

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
