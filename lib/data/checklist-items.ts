import 'server-only';
import { canAssignResponsible, canEditChecklistItem, organisationWhere, type Role } from '@/lib/auth/permissions';
import { diffItem, emptyItem, type ItemValues } from '@/lib/checklist/changes';
import { endOfStockholmDay, stockholmDay } from '@/lib/dates';
import { db } from '@/lib/db';
import { conflict, forbidden, invalid, notFound } from '@/lib/errors';
import type { ChecklistStateValue, ItemUpdate } from '@/lib/validation/checklist';
import { recordAudit } from './audit';
import { getPublishedTemplate } from './checklist-templates';
import { isUniqueViolation } from './tx';

// Changing one item of an organisation's checklist. A save names the version it started from:
// if someone else saved in between, nothing is written and the caller is told (the form keeps
// what the person entered). Every change is kept in the item's history and the audit log
// (reading them: checklist-item-history.ts).

type Editor = { id: string; organisationId: string; role: Role };

export const CONFLICT_MESSAGE =
  'Någon annan har sparat ändringar i punkten medan du arbetade. Dina ändringar är inte sparade, men de finns kvar i formuläret. Jämför med det som nu är sparat och spara igen om du vill ersätta det.';

/** The checklist, if it is the editor's organisation's, and a check that the item is in its template. */
async function checklistWithItem(editor: Editor, checklistId: string, itemKey: string) {
  const checklist = await db.orgChecklist.findFirst({
    where: { id: checklistId, ...organisationWhere(editor) },
    select: { id: true, organisationId: true, templateId: true },
  });
  if (!checklist) throw notFound('Checklistan finns inte.');
  const template = await getPublishedTemplate(checklist.templateId);
  if (!template?.sections.some((s) => s.items.some((i) => i.key === itemKey))) {
    throw invalid('Punkten finns inte i den här checklistans mall.');
  }
  return checklist;
}

export async function updateChecklistItem(
  editor: Editor,
  input: ItemUpdate,
): Promise<{ saved: boolean; version: number }> {
  const checklist = await checklistWithItem(editor, input.checklistId, input.itemKey);
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.checklistItemStatus.findUnique({
        where: { checklistId_itemKey: { checklistId: checklist.id, itemKey: input.itemKey } },
        select: {
          id: true,
          status: true,
          reason: true,
          dueAt: true,
          evidenceText: true,
          evidenceLinks: true,
          version: true,
          responsible: { select: { id: true, name: true } },
        },
      });
      if (!canEditChecklistItem(editor, checklist, { responsibleId: current?.responsible?.id ?? null })) {
        throw forbidden('Du kan bara ändra punkter där du är ansvarig.');
      }
      const version = current?.version ?? 0;
      if (version !== input.version) throw conflict(CONFLICT_MESSAGE, 'STALE_VERSION');
      const before: ItemValues = current
        ? {
            status: current.status as ChecklistStateValue,
            reason: current.reason ?? '',
            responsible: current.responsible,
            dueOn: current.dueAt ? stockholmDay(current.dueAt) : null,
            evidenceText: current.evidenceText,
            evidenceLinks: JSON.parse(current.evidenceLinks) as string[],
          }
        : emptyItem;
      if (!canAssignResponsible(editor) && input.responsibleId !== (before.responsible?.id ?? '')) {
        throw forbidden('Bara strateger och administratörer kan byta ansvarig för en punkt.');
      }
      const after: ItemValues = {
        status: input.status,
        // The reason only means something for "not applicable"; other statuses drop it.
        reason: input.status === 'NOT_APPLICABLE' ? input.reason : '',
        responsible: input.responsibleId === (before.responsible?.id ?? '') ? before.responsible : null,
        dueOn: input.dueAt || null,
        evidenceText: input.evidenceText,
        evidenceLinks: input.evidenceLinks,
      };
      if (input.responsibleId && input.responsibleId !== before.responsible?.id) {
        after.responsible = await tx.user.findFirst({
          where: { id: input.responsibleId, organisationId: editor.organisationId, active: true },
          select: { id: true, name: true },
        });
        if (!after.responsible)
          throw invalid('Den ansvariga personen måste vara en aktiv användare i er organisation.');
      }
      const changes = diffItem(before, after);
      if (changes.length === 0) return { saved: false, version };
      const data = {
        status: after.status,
        reason: after.reason || null,
        responsibleId: after.responsible?.id ?? null,
        dueAt: after.dueOn ? endOfStockholmDay(after.dueOn) : null,
        evidenceText: after.evidenceText,
        evidenceLinks: JSON.stringify(after.evidenceLinks),
      };
      if (current) {
        const { count } = await tx.checklistItemStatus.updateMany({
          where: { id: current.id, version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw conflict(CONFLICT_MESSAGE, 'STALE_VERSION');
      } else {
        await tx.checklistItemStatus.create({
          data: { ...data, checklistId: checklist.id, itemKey: input.itemKey, version: 1 },
        });
      }
      await tx.checklistItemEvent.create({
        data: {
          checklistId: checklist.id,
          itemKey: input.itemKey,
          actorId: editor.id,
          changes: JSON.stringify(changes),
        },
      });
      await recordAudit(
        {
          organisationId: editor.organisationId,
          actorId: editor.id,
          action: 'checklist.item.updated',
          entityType: 'ChecklistItem',
          entityId: `${checklist.id}:${input.itemKey}`,
          before,
          after,
        },
        tx,
      );
      return { saved: true, version: version + 1 };
    });
  } catch (error) {
    // Two first saves of an untouched item at once: the unique index lets only one through.
    if (isUniqueViolation(error)) throw conflict(CONFLICT_MESSAGE, 'STALE_VERSION');
    throw error;
  }
}

export async function addChecklistComment(
  editor: Editor,
  input: { checklistId: string; itemKey: string; text: string },
) {
  const checklist = await checklistWithItem(editor, input.checklistId, input.itemKey);
  const row = await db.checklistItemStatus.findUnique({
    where: { checklistId_itemKey: { checklistId: checklist.id, itemKey: input.itemKey } },
    select: { responsibleId: true },
  });
  if (!canEditChecklistItem(editor, checklist, { responsibleId: row?.responsibleId ?? null }))
    throw forbidden('Du kan bara kommentera punkter som du får ändra.');
  await db.$transaction(async (tx) => {
    const comment = await tx.checklistComment.create({
      data: { checklistId: checklist.id, itemKey: input.itemKey, authorId: editor.id, text: input.text },
      select: { id: true },
    });
    await recordAudit(
      {
        organisationId: editor.organisationId,
        actorId: editor.id,
        action: 'checklist.comment.added',
        entityType: 'ChecklistComment',
        entityId: comment.id,
      },
      tx,
    );
  });
}
