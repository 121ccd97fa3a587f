import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/permissions';
import { conflict, invalid, notFound } from '@/lib/errors';
import { readerTranslator } from '@/lib/i18n/messages';
import { planUnitMove } from '@/lib/units/tree';
import { recordAudit } from './audit';
import type { Tx } from './tx';
import { changingStatistics } from './stats-cache';

// Changes to the unit tree. Every query names the viewer's organisation, so a unit id from
// another organisation is "not found". Each change and its audit event commit together.
const unitFields = { id: true, parentId: true, name: true, path: true, depth: true } as const;

/**
 * A refusal built with names, in the reader's language: the action pipeline translates only fixed
 * messages (by their exact Swedish text), so these are written from the catalogue here.
 */
async function answer(
  key: 'unitNameTaken' | 'managerInactive' | 'alreadyManager',
  values: { name: string; unit?: string },
): Promise<string> {
  return (await readerTranslator())(`adminPeople.answers.${key}`, values);
}

async function findUnit(tx: Tx, viewer: Viewer, id: string) {
  const unit = await tx.orgUnit.findFirst({ where: { id, organisationId: viewer.organisationId }, select: unitFields });
  if (!unit) throw notFound('Enheten finns inte.');
  return unit;
}

/** Sibling names must differ (the database index cannot check this at the top level, where parentId is null). */
async function assertNameFree(
  tx: Tx,
  viewer: Viewer,
  options: { name: string; parentId: string | null; exceptId?: string },
) {
  const siblings = await tx.orgUnit.findMany({
    where: { organisationId: viewer.organisationId, parentId: options.parentId },
    select: { id: true, name: true },
  });
  const key = options.name.toLocaleLowerCase('sv-SE');
  if (siblings.some((s) => s.id !== options.exceptId && s.name.toLocaleLowerCase('sv-SE') === key)) {
    throw conflict(await answer('unitNameTaken', { name: options.name }));
  }
}

const audit = (
  viewer: Viewer,
  tx: Tx,
  input: { action: string; entityId: string; before?: unknown; after?: unknown },
) => recordAudit({ organisationId: viewer.organisationId, actorId: viewer.id, entityType: 'OrgUnit', ...input }, tx);

export async function createUnit(viewer: Viewer, input: { name: string; parentId: string | null }): Promise<string> {
  return db.$transaction(async (tx) => {
    const parent = input.parentId ? await findUnit(tx, viewer, input.parentId) : null;
    await assertNameFree(tx, viewer, input);
    const id = randomUUID();
    const unit = await tx.orgUnit.create({
      data: {
        id,
        organisationId: viewer.organisationId,
        name: input.name,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        depth: parent ? parent.depth + 1 : 0,
      },
      select: unitFields,
    });
    await audit(viewer, tx, { action: 'unit.create', entityId: id, after: unit });
    return id;
  });
}

export async function renameUnit(viewer: Viewer, input: { id: string; name: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const unit = await findUnit(tx, viewer, input.id);
    if (unit.name === input.name) return;
    await assertNameFree(tx, viewer, { name: input.name, parentId: unit.parentId, exceptId: unit.id });
    await tx.orgUnit.update({ where: { id: unit.id }, data: { name: input.name } });
    await audit(viewer, tx, {
      action: 'unit.rename',
      entityId: unit.id,
      before: { name: unit.name },
      after: { name: input.name },
    });
  });
}

/** Moves a unit and its subtree: its own and every descendant's path and depth change together. */
export async function moveUnit(viewer: Viewer, input: { id: string; parentId: string | null }): Promise<void> {
  await changingStatistics(
    viewer.organisationId,
    db.$transaction(async (tx) => {
      const unit = await findUnit(tx, viewer, input.id);
      if (unit.parentId === input.parentId) return;
      const newParent = input.parentId ? await findUnit(tx, viewer, input.parentId) : null;
      const subtree = await tx.orgUnit.findMany({
        where: { organisationId: viewer.organisationId, path: { startsWith: unit.path } },
        select: unitFields,
      });
      const plan = planUnitMove({ unit, newParent, subtree });
      if (!plan.ok) throw invalid(plan.message);
      await assertNameFree(tx, viewer, { name: unit.name, parentId: plan.parentId, exceptId: unit.id });
      await tx.orgUnit.update({ where: { id: unit.id }, data: { parentId: plan.parentId } });
      for (const update of plan.updates) {
        await tx.orgUnit.update({ where: { id: update.id }, data: { path: update.path, depth: update.depth } });
      }
      await audit(viewer, tx, {
        action: 'unit.move',
        entityId: unit.id,
        before: { parentId: unit.parentId, path: unit.path },
        after: { parentId: plan.parentId, path: plan.updates[0]?.path },
      });
    }),
  );
}

/**
 * Makes a person of the organisation manage a unit. Someone with the employee role is raised to
 * manager at the same time (the page says so), since managing needs the manager's permissions.
 */
export async function addUnitManager(
  viewer: Viewer,
  input: { unitId: string; email: string },
): Promise<{ name: string; raised: boolean }> {
  return db.$transaction(async (tx) => {
    const unit = await findUnit(tx, viewer, input.unitId);
    const person = await tx.user.findFirst({
      where: { email: input.email, organisationId: viewer.organisationId },
      select: { id: true, name: true, role: true, active: true },
    });
    if (!person) throw notFound('Det finns ingen person med den e-postadressen i organisationen.');
    if (!person.active) throw invalid(await answer('managerInactive', { name: person.name }));
    const existing = await tx.unitManager.findUnique({
      where: { userId_unitId: { userId: person.id, unitId: unit.id } },
    });
    if (existing) throw conflict(await answer('alreadyManager', { name: person.name, unit: unit.name }));
    await tx.unitManager.create({ data: { userId: person.id, unitId: unit.id } });
    await audit(viewer, tx, {
      action: 'unit.manager.add',
      entityId: unit.id,
      after: { userId: person.id, unit: unit.name },
    });
    const raised = person.role === 'EMPLOYEE';
    if (raised) {
      await tx.user.update({ where: { id: person.id }, data: { role: 'MANAGER' } });
      await recordAudit(
        {
          organisationId: viewer.organisationId,
          actorId: viewer.id,
          action: 'person.update',
          entityType: 'User',
          entityId: person.id,
          before: { role: 'EMPLOYEE' },
          after: { role: 'MANAGER' },
        },
        tx,
      );
    }
    return { name: person.name, raised };
  });
}

/** Ends a management assignment. The person keeps their role; the administrator changes it if needed. */
export async function removeUnitManager(viewer: Viewer, input: { unitId: string; userId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const unit = await findUnit(tx, viewer, input.unitId);
    const removed = await tx.unitManager.deleteMany({
      where: { unitId: unit.id, userId: input.userId, user: { organisationId: viewer.organisationId } },
    });
    if (removed.count === 0) throw notFound('Personen är inte chef för enheten.');
    await audit(viewer, tx, {
      action: 'unit.manager.remove',
      entityId: unit.id,
      before: { userId: input.userId, unit: unit.name },
    });
  });
}
