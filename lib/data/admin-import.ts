import 'server-only';
import { db } from '@/lib/db';
import type { Role } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/permissions';
import { conflict, ExpectedError } from '@/lib/errors';
import { changeCount, joinBatches, planBatches, WRITE_BATCH, type PlanChanges } from '@/lib/import/batches';
import type { ImportRow, RowError } from '@/lib/import/parse';
import { buildImportPlan, hasChanges, type ExistingPerson, type ImportPlan } from '@/lib/import/plan';
import type { Gender } from '@/lib/import/values';
import type { Audience } from '@/lib/audiences';
import { databaseEngine } from '@/lib/env';
import { readerLocale, readerTranslator } from '@/lib/i18n/messages';
import { requestLogger } from '@/lib/log';
import { writeBatch } from './admin-import-write';
import { loadRules } from './assignment-rules';
import { heldElsewhere } from './bulk';
import { groupBy } from '@/lib/collections';
import { recordAudit } from './audit';
import { TX_OPTIONS, type Tx } from './tx';
import { changingStatistics } from './stats-cache';

// The database side of the staff import: load the organisation as plain data for the pure plan
// (lib/import/plan.ts), and write a confirmed plan batch by batch (lib/import/batches.ts), so the
// portal keeps serving everyone else while a large file is written.
type ImportRequest = { rows: readonly ImportRow[]; parseErrors: readonly RowError[]; fullImport: boolean };

async function planFor(tx: Tx, viewer: Viewer, request: ImportRequest): Promise<ImportPlan> {
  // One after the other: an interactive transaction holds a single connection. The managers are
  // read by organisation, not as a relation of 20,000 people (which sent their ids back again).
  const people = await tx.user.findMany({
    where: { organisationId: viewer.organisationId },
    select: {
      id: true,
      email: true,
      employeeNumber: true,
      name: true,
      role: true,
      audience: true,
      gender: true,
      unitId: true,
      active: true,
    },
  });
  await otherRequestsFirst();
  const managing = await tx.unitManager.findMany({
    where: { unit: { organisationId: viewer.organisationId } },
    select: { userId: true, unitId: true },
    orderBy: [{ userId: 'asc' }, { unitId: 'asc' }],
  });
  const units = await tx.orgUnit.findMany({
    where: { organisationId: viewer.organisationId },
    select: { id: true, parentId: true, name: true, path: true, depth: true },
  });
  const managed = groupBy(managing, (m) => m.userId);
  const existing: ExistingPerson[] = people.map((p) => ({
    ...p,
    role: p.role as Role,
    gender: p.gender as Gender | null,
    audience: p.audience as Audience,
    managedUnitIds: (managed.get(p.id) ?? []).map((m) => m.unitId),
  }));
  const ours = new Set(existing.map((p) => p.email));
  const emails = request.rows.flatMap((r) => (r.email && !ours.has(r.email) ? [r.email] : []));
  const elsewhere = await heldElsewhere(tx, {
    table: 'User',
    column: 'email',
    values: emails,
    organisationId: viewer.organisationId,
  });
  await otherRequestsFirst();
  return buildImportPlan({
    rows: request.rows,
    parseErrors: request.parseErrors,
    people: existing,
    units,
    emailsElsewhere: elsewhere,
    fullImport: request.fullImport,
    importerId: viewer.id,
    // The rows' refusals and names in the reader's language; the preview and its confirmation
    // are read in the same language, so their digests agree.
    locale: await readerLocale(),
  });
}

/** The preview: reads only. */
export async function previewImport(viewer: Viewer, request: ImportRequest): Promise<ImportPlan> {
  return planFor(db, viewer, request);
}

/**
 * Writes the plan if it is still exactly what the administrator saw (same digest) and has no
 * errors; otherwise nothing is written. Then batch by batch, each in a short transaction of its
 * own: a change someone else made after the check is kept (writeBatch). Returns what was written.
 */
export async function applyImport(viewer: Viewer, request: ImportRequest & { digest: string }): Promise<ImportPlan> {
  const plan = await planFor(db, viewer, request);
  if (plan.errors.length > 0)
    throw conflict('Filen har fel. Inget har sparats. Rätta raderna och förhandsgranska igen.');
  if (plan.digest !== request.digest)
    throw conflict('Något har ändrats sedan förhandsgranskningen. Inget har sparats. Förhandsgranska filen igen.');
  if (!hasChanges(plan)) return plan;
  return { ...plan, ...(await changingStatistics(viewer.organisationId, writeInBatches(viewer, plan))) };
}

/** On SQLite every query runs synchronously on this thread: let requests that arrived meanwhile run. */
const otherRequestsFirst = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A 100,000-row file in one transaction takes longer than the usual minute. */
const IMPORT_TX = { ...TX_OPTIONS, timeout: 10 * 60_000 } as const;

async function writeInBatches(viewer: Viewer, plan: ImportPlan): Promise<PlanChanges> {
  // The rules are read once for the whole import, not once per batch; a rule created while the
  // import runs reaches the people already written when it is saved (rule-edits.ts), not the rest.
  const rules = await loadRules(db, viewer.organisationId);
  const { perTransaction, perStep } = WRITE_BATCH[databaseEngine()];
  if (perTransaction === 'all') {
    try {
      return await db.$transaction(async (tx) => {
        const written: PlanChanges[] = [];
        // Steps in one transaction: between them this thread serves other requests, which read
        // on connections of their own and see the organisation as it was until the commit.
        for (const batch of planBatches(plan, perStep)) {
          written.push(await writeBatch(tx, viewer, batch, rules));
          await otherRequestsFirst();
        }
        return recordImport(tx, viewer, joinBatches(written));
      }, IMPORT_TX);
    } catch (error) {
      if (error instanceof ExpectedError) throw error;
      (await requestLogger()).error({ err: error, planned: changeCount(plan) }, 'Importen kunde inte sparas');
      throw conflict('Importen kunde inte sparas. Inget har ändrats. Försök igen om en stund.');
    }
  }
  const written: PlanChanges[] = [];
  try {
    for (const batch of planBatches(plan, perTransaction)) {
      written.push(await db.$transaction((tx) => writeBatch(tx, viewer, batch, rules), TX_OPTIONS));
      await otherRequestsFirst();
    }
  } catch (error) {
    if (written.length === 0) throw error;
    const done = changeCount(joinBatches(written));
    (await requestLogger()).error({ err: error, written: done, planned: changeCount(plan) }, 'Importen avbröts');
    // Built with the counts in the reader's language (the action pipeline maps only fixed messages).
    const t = await readerTranslator();
    throw conflict(t('adminRecords.import.aborted', { done, planned: changeCount(plan) }));
  }
  return recordImport(db, viewer, joinBatches(written));
}

/** The import's own line in the audit log: how many people it changed, and how. */
async function recordImport(tx: Tx, viewer: Viewer, all: PlanChanges): Promise<PlanChanges> {
  const summary = {
    created: all.creates.length,
    updated: all.updates.length,
    moved: all.moves.length,
    managers: all.managerAdds.length + all.creates.filter((c) => c.manager && c.unitId).length,
    deactivated: all.deactivations.length,
  };
  await recordAudit(
    {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      entityType: 'Import',
      action: 'import.apply',
      entityId: null,
      after: summary,
    },
    tx,
  );
  return all;
}
