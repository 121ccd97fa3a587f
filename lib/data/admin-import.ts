import 'server-only';
import { applyRulesForPeople } from './assignment-rules';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Role } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/permissions';
import { conflict } from '@/lib/errors';
import type { ImportRow, RowError } from '@/lib/import/parse';
import { buildImportPlan, hasChanges, type ExistingPerson, type ImportPlan } from '@/lib/import/plan';
import type { Gender } from '@/lib/import/values';
import type { Audience } from '@/lib/audiences';
import { recordAudit, recordAuditMany, type AuditInput } from './audit';
import type { Tx } from './tx';
import { changingStatistics } from './stats-cache';

// The database side of the staff import: load the organisation as plain data for the pure plan
// (lib/import/plan.ts), and write a confirmed plan in one transaction, in batches.
// Small batches: Prisma's createMany costs more per row as a batch grows (measured: 20 rows per
// statement wrote 20,000 people about three times faster than 500).
const BATCH = 20;

type ImportRequest = { rows: readonly ImportRow[]; parseErrors: readonly RowError[]; fullImport: boolean };

async function planFor(tx: Tx, viewer: Viewer, request: ImportRequest): Promise<ImportPlan> {
  // One after the other: an interactive transaction holds a single connection.
  const people = await tx.user.findMany({
    where: { organisationId: viewer.organisationId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      audience: true,
      gender: true,
      unitId: true,
      active: true,
      managedUnits: { select: { unitId: true } },
    },
  });
  const units = await tx.orgUnit.findMany({
    where: { organisationId: viewer.organisationId },
    select: { id: true, parentId: true, name: true, path: true, depth: true },
  });
  const existing: ExistingPerson[] = people.map(({ managedUnits, ...p }) => ({
    ...p,
    role: p.role as Role,
    gender: p.gender as Gender | null,
    audience: p.audience as Audience,
    managedUnitIds: managedUnits.map((m) => m.unitId),
  }));
  const ours = new Set(existing.map((p) => p.email));
  const emails = request.rows.map((r) => r.email).filter((e) => !ours.has(e));
  const elsewhere = new Set<string>();
  for (let i = 0; i < emails.length; i += BATCH) {
    const found = await tx.user.findMany({
      where: { email: { in: emails.slice(i, i + BATCH) }, organisationId: { not: viewer.organisationId } },
      select: { email: true },
    });
    found.forEach((f) => elsewhere.add(f.email));
  }
  return buildImportPlan({
    rows: request.rows,
    parseErrors: request.parseErrors,
    people: existing,
    units,
    emailsElsewhere: elsewhere,
    fullImport: request.fullImport,
    importerId: viewer.id,
  });
}

/** The preview: reads only. */
export async function previewImport(viewer: Viewer, request: ImportRequest): Promise<ImportPlan> {
  return planFor(db, viewer, request);
}

/**
 * Writes the plan if it is still exactly what the administrator saw (same digest) and has no
 * errors; otherwise nothing is written. The plan is worked out again inside the transaction, so a
 * change made by someone else after the preview is noticed rather than overwritten.
 */
export async function applyImport(viewer: Viewer, request: ImportRequest & { digest: string }): Promise<ImportPlan> {
  return changingStatistics(
    db.$transaction(
      async (tx) => {
        const plan = await planFor(tx, viewer, request);
        if (plan.errors.length > 0)
          throw conflict('Filen har fel. Inget har sparats. Rätta raderna och förhandsgranska igen.');
        if (plan.digest !== request.digest)
          throw conflict(
            'Något har ändrats sedan förhandsgranskningen. Inget har sparats. Förhandsgranska filen igen.',
          );
        if (!hasChanges(plan)) return plan;
        await writePlan(tx, viewer, plan);
        return plan;
      },
      // A file at the row limit takes tens of seconds on a small server; the limit keeps it bounded.
      { maxWait: 10_000, timeout: 300_000 },
    ),
  );
}

async function writePlan(tx: Tx, viewer: Viewer, plan: ImportPlan) {
  const base = { organisationId: viewer.organisationId, actorId: viewer.id, entityType: 'User' } as const;
  const events: AuditInput[] = [];
  const created = plan.creates.map((c) => ({
    id: randomUUID(),
    organisationId: viewer.organisationId,
    name: c.name,
    email: c.email,
    role: c.role,
    audience: c.audience,
    gender: c.gender,
    unitId: c.unitId,
  }));
  for (let i = 0; i < created.length; i += BATCH) await tx.user.createMany({ data: created.slice(i, i + BATCH) });
  created.forEach((c) =>
    events.push({ ...base, action: 'person.create', entityId: c.id, after: { ...c, source: 'import' } }),
  );

  for (const u of plan.updates) {
    await tx.user.update({ where: { id: u.id }, data: u.after });
    events.push({
      ...base,
      action: 'person.update',
      entityId: u.id,
      before: u.before,
      after: { ...u.after, source: 'import' },
    });
  }
  // Moves to the same unit go in one statement.
  const byUnit = new Map<string | null, string[]>();
  for (const m of plan.moves) byUnit.set(m.toUnitId, [...(byUnit.get(m.toUnitId) ?? []), m.id]);
  for (const [unitId, ids] of byUnit) {
    for (let i = 0; i < ids.length; i += BATCH)
      await tx.user.updateMany({
        where: { id: { in: ids.slice(i, i + BATCH) }, organisationId: viewer.organisationId },
        data: { unitId },
      });
  }
  plan.moves.forEach((m) =>
    events.push({
      ...base,
      action: 'person.move',
      entityId: m.id,
      before: { unitId: m.fromUnitId },
      after: { unitId: m.toUnitId, source: 'import' },
    }),
  );

  const managers = [
    ...plan.managerAdds.map((m) => ({ userId: m.userId, unitId: m.unitId })),
    ...plan.creates.flatMap((c, i) => (c.manager && c.unitId ? [{ userId: created[i]!.id, unitId: c.unitId }] : [])),
  ];
  for (let i = 0; i < managers.length; i += BATCH)
    await tx.unitManager.createMany({ data: managers.slice(i, i + BATCH) });
  managers.forEach((m) =>
    events.push({
      ...base,
      entityType: 'OrgUnit',
      action: 'unit.manager.add',
      entityId: m.unitId,
      after: { userId: m.userId, source: 'import' },
    }),
  );

  const leaving = plan.deactivations.map((d) => d.id);
  for (let i = 0; i < leaving.length; i += BATCH)
    await tx.user.updateMany({
      where: { id: { in: leaving.slice(i, i + BATCH) }, organisationId: viewer.organisationId },
      data: { active: false },
    });
  plan.deactivations.forEach((d) =>
    events.push({
      ...base,
      action: 'person.deactivate',
      entityId: d.id,
      before: { active: true },
      after: { active: false, source: 'import' },
    }),
  );

  await recordAuditMany(events, tx);
  // Assignment rules follow people who are added, moved or change audience (or come back).
  const touched = [...created.map((c) => c.id), ...plan.updates.map((u) => u.id), ...plan.moves.map((m) => m.id)];
  await applyRulesForPeople(tx, viewer.organisationId, [...new Set(touched)]);
  const summary = {
    created: plan.creates.length,
    updated: plan.updates.length,
    moved: plan.moves.length,
    managers: managers.length,
    deactivated: plan.deactivations.length,
  };
  await recordAudit({ ...base, entityType: 'Import', action: 'import.apply', entityId: null, after: summary }, tx);
}
