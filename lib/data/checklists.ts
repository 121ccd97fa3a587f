import 'server-only';
import { cache } from 'react';
import type { ItemValues } from '@/lib/checklist/changes';
import { stockholmDay } from '@/lib/dates';
import { db } from '@/lib/db';
import { conflict, invalid, notFound } from '@/lib/errors';
import type { ChecklistStateValue } from '@/lib/validation/checklist';
import { recordAudit } from './audit';
import { getPublishedTemplate } from './checklist-templates';

// An organisation's checklists: one for the whole organisation per template, and optionally one
// per administration (a top-level unit). Every read is limited to the viewer's organisation.

export type ChecklistRef = {
  id: string;
  organisationId: string;
  title: string;
  templateId: string;
  unitId: string | null;
  /** null for the whole organisation's checklist, and for an administration since removed (loadChecklistView names it). */
  unitName: string | null;
};

export const listOrgChecklists = cache(async (organisationId: string): Promise<ChecklistRef[]> => {
  const rows = await db.orgChecklist.findMany({
    where: { organisationId },
    orderBy: [{ template: { article: 'asc' } }, { createdAt: 'asc' }],
    select: { id: true, organisationId: true, title: true, templateId: true, unitId: true },
  });
  const unitIds = rows.map((r) => r.unitId).filter((id): id is string => Boolean(id));
  const units = new Map(
    (
      await db.orgUnit.findMany({ where: { id: { in: unitIds }, organisationId }, select: { id: true, name: true } })
    ).map((u) => [u.id, u.name]),
  );
  const refs = rows.map((r) => ({
    ...r,
    unitName: r.unitId ? (units.get(r.unitId) ?? null) : null,
  }));
  // Templates stay in article order; within one, the organisation-wide checklist comes first.
  const templateOrder = [...new Set(rows.map((r) => r.templateId))];
  const rank = (c: ChecklistRef) => templateOrder.indexOf(c.templateId) * 2 + (c.unitId === null ? 0 : 1);
  return refs
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
});

/** The checklist named in the URL, or the organisation's first one; null when it is not the viewer's. */
export async function resolveChecklist(organisationId: string, id: string | undefined): Promise<ChecklistRef | null> {
  const all = await listOrgChecklists(organisationId);
  return id ? (all.find((c) => c.id === id) ?? null) : (all[0] ?? null);
}

export type StoredItem = ItemValues & { dueAt: Date | null; version: number; updatedAt: Date };

/** Saved state of every item of a checklist (items never touched have no row). */
export const getChecklistItems = cache(async (checklistId: string): Promise<Map<string, StoredItem>> => {
  const rows = await db.checklistItemStatus.findMany({
    where: { checklistId },
    select: {
      itemKey: true,
      status: true,
      reason: true,
      dueAt: true,
      evidenceText: true,
      evidenceLinks: true,
      version: true,
      updatedAt: true,
      responsible: { select: { id: true, name: true } },
    },
  });
  return new Map(
    rows.map((r) => [
      r.itemKey,
      {
        status: r.status as ChecklistStateValue,
        reason: r.reason ?? '',
        responsible: r.responsible,
        dueOn: r.dueAt ? stockholmDay(r.dueAt) : null,
        dueAt: r.dueAt,
        evidenceText: r.evidenceText,
        evidenceLinks: JSON.parse(r.evidenceLinks) as string[],
        version: r.version,
        updatedAt: r.updatedAt,
      },
    ]),
  );
});

export const getOrganisationInfo = cache(async (organisationId: string) =>
  db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true, cemrSignedAt: true } }),
);

/** Administrations (top-level units) that may open a checklist of their own. */
export const listAdministrations = cache(async (organisationId: string) =>
  db.orgUnit.findMany({
    where: { organisationId, parentId: null },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  }),
);

/** Active people of the organisation, who may be made responsible for an item. */
export const listAssignablePeople = cache(async (organisationId: string) =>
  db.user.findMany({
    where: { organisationId, active: true },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, unit: { select: { name: true } } },
  }),
);

/** Opens a checklist of a published template for the organisation or one of its administrations. */
export async function openChecklist(
  viewer: { id: string; organisationId: string },
  input: { templateId: string; unitId: string | null },
) {
  const template = await getPublishedTemplate(input.templateId);
  if (!template) throw notFound('Mallen finns inte eller är inte publicerad.');
  if (template.kind === 'score')
    throw invalid('Den mallen är en självskattning: den fylls i per förvaltning under Checklista, Självskattning.');
  let title = template.title;
  if (input.unitId) {
    const unit = await db.orgUnit.findFirst({
      where: { id: input.unitId, organisationId: viewer.organisationId, parentId: null },
      select: { name: true },
    });
    if (!unit) throw invalid('Välj en förvaltning i er organisation.');
    title = `${template.title} – ${unit.name}`;
  }
  return db.$transaction(async (tx) => {
    // Unique indexes treat NULL unit ids as distinct, so the organisation-wide one is checked here.
    const existing = await tx.orgChecklist.findFirst({
      where: { organisationId: viewer.organisationId, templateId: input.templateId, unitId: input.unitId },
      select: { id: true },
    });
    if (existing) throw conflict('Den checklistan finns redan.');
    const created = await tx.orgChecklist.create({
      data: { organisationId: viewer.organisationId, templateId: input.templateId, unitId: input.unitId, title },
      select: { id: true },
    });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'checklist.opened',
        entityType: 'OrgChecklist',
        entityId: created.id,
        after: { title },
      },
      tx,
    );
    return created;
  });
}
