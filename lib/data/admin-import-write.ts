import 'server-only';
import { databaseEngine } from '@/lib/env';
import { newId } from '@/lib/ids';
import type { Viewer } from '@/lib/auth/permissions';
import { chunks, inChunks } from '@/lib/collections';
import type { PlanChanges } from '@/lib/import/batches';
import type { PlannedCreate } from '@/lib/import/plan';
import { applyRulesForPeople, type LoadedRules } from './assignment-rules';
import { recordAuditMany, type AuditInput } from './audit';
import { insertRows, updateRows } from './bulk';
import type { Tx } from './tx';

// One batch of a confirmed import, in the caller's short transaction. The plan was worked out
// before the first batch, so a change is written only where the row is still as planned: what
// someone else changed in the meantime is kept, and left out of what the import says it wrote.
// Running the same file again therefore finishes an import that stopped half-way.

type Base = { organisationId: string; actorId: string; entityType: 'User' };

/** Writes what is still current of `batch` and returns exactly what was written. */
/** `rules`: the organisation's assignment rules, loaded once for the whole import (loadRules). */
export async function writeBatch(
  tx: Tx,
  viewer: Viewer,
  batch: PlanChanges,
  rules?: LoadedRules,
): Promise<PlanChanges> {
  const base: Base = { organisationId: viewer.organisationId, actorId: viewer.id, entityType: 'User' };
  const events: AuditInput[] = [];
  const created = await createPeople(tx, base, batch.creates, events);
  const ids = new Set([...batch.updates, ...batch.moves, ...batch.deactivations].map((c) => c.id));
  for (const m of batch.managerAdds) ids.add(m.userId);
  const now = await currentPeople(tx, viewer.organisationId, [...ids]);

  const taken = await takenKeys(
    tx,
    base.organisationId,
    batch.updates
      .filter((u) => u.after.email !== u.before.email || u.after.employeeNumber !== u.before.employeeNumber)
      .map((u) => u.after),
  );
  const updates = batch.updates.filter((u) => {
    const p = now.get(u.id);
    const newlyTaken =
      (u.after.email !== u.before.email && taken.has(`e:${u.after.email}`)) ||
      (u.after.employeeNumber !== u.before.employeeNumber && taken.has(`n:${u.after.employeeNumber}`));
    return p && !newlyTaken && (Object.keys(u.before) as (keyof typeof u.before)[]).every((k) => p[k] === u.before[k]);
  });
  const updatedAt = new Date();
  await updateRows(tx, {
    table: 'User',
    organisationId: base.organisationId,
    // Everyone updated is on staff (active): also someone the provider's provisioning had deleted.
    rows: updates.map((u) => ({ id: u.id, ...u.after, scimDeletedAt: null, updatedAt })),
  });
  for (const u of updates) {
    events.push({
      ...base,
      action: 'person.update',
      entityId: u.id,
      before: u.before,
      after: { ...u.after, source: 'import' },
    });
  }

  const moves = batch.moves.filter((m) => now.has(m.id) && now.get(m.id)!.unitId === m.fromUnitId);
  await updateRows(tx, {
    table: 'User',
    organisationId: base.organisationId,
    // A unit from the HR file ends the wait of an account made at the first sign-in, as an administrator's would.
    rows: moves.map((m) => ({ id: m.id, unitId: m.toUnitId, awaitingSetup: false, updatedAt })),
  });
  for (const m of moves)
    events.push({
      ...base,
      action: 'person.move',
      entityId: m.id,
      before: { unitId: m.fromUnitId },
      after: { unitId: m.toUnitId, source: 'import' },
    });

  const managing = await currentManagers(
    tx,
    batch.managerAdds.map((m) => m.userId),
  );
  const managerAdds = batch.managerAdds.filter((m) => now.has(m.userId) && !managing.has(`${m.userId}:${m.unitId}`));
  await addManagers(tx, base, [...managerAdds, ...created.managers], events);

  const deactivations = batch.deactivations.filter((d) => now.get(d.id)?.active === true);
  for (const part of chunks(deactivations))
    await tx.user.updateMany({
      where: { id: { in: part.map((d) => d.id) }, organisationId: base.organisationId },
      // A new session version ends the sessions of the people who leave (lib/auth/session-callbacks.ts).
      data: { active: false, sessionVersion: { increment: 1 } },
    });
  for (const d of deactivations)
    events.push({
      ...base,
      action: 'person.deactivate',
      entityId: d.id,
      before: { active: true },
      after: { active: false, source: 'import' },
    });

  await recordAuditMany(events, tx);
  // Assignment rules follow people who are added, moved or change audience (or come back).
  const touched = [...created.ids, ...updates.map((u) => u.id), ...moves.map((m) => m.id)];
  await applyRulesForPeople(tx, base.organisationId, [...new Set(touched)], { rules });
  return { creates: created.creates, updates, moves, managerAdds, deactivations };
}

/**
 * The people as they are now, by id (the plan may be a few batches old), held until the batch
 * commits: a change by an administrator or the provider's provisioning meanwhile waits, rather than
 * being written over with what the batch read before it (PostgreSQL; SQLite runs one write at a time).
 */
async function currentPeople(tx: Tx, organisationId: string, ids: string[]) {
  if (databaseEngine() === 'postgresql' && ids.length > 0) {
    const sorted = [...ids].sort();
    await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ANY(${sorted}::text[]) AND "organisationId" = ${organisationId} ORDER BY id FOR NO KEY UPDATE`;
  }
  const people = await inChunks(ids, (part) =>
    tx.user.findMany({
      where: { id: { in: part }, organisationId },
      select: {
        id: true,
        name: true,
        email: true,
        employeeNumber: true,
        audience: true,
        gender: true,
        role: true,
        active: true,
        unitId: true,
      },
    }),
  );
  return new Map(people.map((p) => [p.id, p]));
}

/** "userId:unitId" for every unit these people already manage. */
async function currentManagers(tx: Tx, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await inChunks(userIds, (part) =>
    tx.unitManager.findMany({ where: { userId: { in: part } }, select: { userId: true, unitId: true } }),
  );
  return new Set(rows.map((m) => `${m.userId}:${m.unitId}`));
}

/** "e:<address>" and "n:<employee number>" of `wanted` that someone already holds. */
async function takenKeys(
  tx: Tx,
  organisationId: string,
  wanted: readonly { email: string | null; employeeNumber: string | null }[],
): Promise<Set<string>> {
  const emails = wanted.flatMap((w) => (w.email ? [w.email] : []));
  const numbers = wanted.flatMap((w) => (w.employeeNumber ? [w.employeeNumber] : []));
  const byEmail = await inChunks(emails, (part) =>
    tx.user.findMany({ where: { email: { in: part } }, select: { email: true } }),
  );
  const byNumber = await inChunks(numbers, (part) =>
    tx.user.findMany({ where: { organisationId, employeeNumber: { in: part } }, select: { employeeNumber: true } }),
  );
  return new Set([...byEmail.map((u) => `e:${u.email}`), ...byNumber.map((u) => `n:${u.employeeNumber}`)]);
}

/** New people whose address and number are still free (another import or an administrator may have taken them). */
async function createPeople(tx: Tx, base: Base, creates: PlannedCreate[], events: AuditInput[]) {
  if (creates.length === 0) return { creates, ids: [] as string[], managers: [] };
  const taken = await takenKeys(tx, base.organisationId, creates);
  const fresh = creates.filter(
    (c) => !(c.email && taken.has(`e:${c.email}`)) && !(c.employeeNumber && taken.has(`n:${c.employeeNumber}`)),
  );
  const now = new Date();
  const rows = fresh.map((c) => ({
    id: newId(),
    organisationId: base.organisationId,
    name: c.name,
    email: c.email,
    employeeNumber: c.employeeNumber,
    role: c.role,
    audience: c.audience,
    gender: c.gender,
    unitId: c.unitId,
  }));
  const times = { joinedAt: now, createdAt: now, updatedAt: now };
  await insertRows(
    tx,
    'User',
    rows.map((r) => ({ ...r, ...times })),
  );
  for (const r of rows)
    events.push({ ...base, action: 'person.create', entityId: r.id, after: { ...r, source: 'import' } });
  const managers = fresh.flatMap((c, i) => (c.manager && c.unitId ? [{ userId: rows[i]!.id, unitId: c.unitId }] : []));
  return { creates: fresh, ids: rows.map((r) => r.id), managers };
}

async function addManagers(
  tx: Tx,
  base: Base,
  managers: readonly { userId: string; unitId: string }[],
  events: AuditInput[],
) {
  const createdAt = new Date();
  const rows = managers.map((m) => ({ userId: m.userId, unitId: m.unitId }));
  await insertRows(
    tx,
    'UnitManager',
    rows.map((r) => ({ ...r, createdAt })),
  );
  for (const m of rows)
    events.push({
      ...base,
      entityType: 'OrgUnit',
      action: 'unit.manager.add',
      entityId: m.unitId,
      after: { userId: m.userId, source: 'import' },
    });
}
