import 'server-only';
import { db } from '@/lib/db';
import { can, canHandleDeletionRequest, deletionRequestWhere, type Viewer } from '@/lib/auth/permissions';
import { conflict, forbidden, notFound } from '@/lib/errors';
import { deletionAuditActions } from '@/lib/privacy/outcomes';
import { deleteUploads } from '@/lib/uploads/store';
import type { DeletionHandling } from '@/lib/validation/deletion-requests';
import { recordAudit } from './audit';
import { erasePerson } from './person-erasure';
import { changingStatistics } from './stats-cache';
import { TX_OPTIONS } from './tx';

// An administrator's handling of a request for deletion: the outcome and the answer the person
// reads, with the erasure itself when the outcome is ERASED, all in one transaction. A request is
// handled once: a second attempt (another tab, another administrator) changes nothing.

export const ALREADY_HANDLED = 'Begäran är redan handlagd, och inget har ändrats. Ladda om sidan för att se hur.';

export async function handleDeletionRequest(viewer: Viewer, input: DeletionHandling, now = new Date()) {
  if (!can(viewer.role, 'admin:people')) throw forbidden();
  const erasing = input.outcome === 'ERASED';
  const write = db.$transaction(async (tx) => {
    const request = await tx.deletionRequest.findFirst({
      where: { id: input.requestId, ...deletionRequestWhere(viewer) },
      select: { id: true, organisationId: true, userId: true, handledAt: true },
    });
    if (!request) throw notFound('Begäran finns inte.');
    if (!canHandleDeletionRequest(viewer, request)) throw forbidden();
    if (request.handledAt) throw conflict(ALREADY_HANDLED);
    // Claimed by a conditional write, so two administrators at once cannot both handle it.
    const claimed = await tx.deletionRequest.updateMany({
      where: { id: request.id, handledAt: null },
      data: { handledAt: now, handledById: viewer.id, outcome: input.outcome, answer: input.answer || null },
    });
    if (claimed.count === 0) throw conflict(ALREADY_HANDLED);
    const erased = erasing
      ? await erasePerson(tx, { organisationId: request.organisationId, userId: request.userId, now })
      : null;
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: deletionAuditActions[input.outcome],
        entityType: 'DeletionRequest',
        entityId: request.id,
        after: { outcome: input.outcome, userId: request.userId, ...(erased ? { removed: erased.removed } : {}) },
      },
      tx,
    );
    return { outcome: input.outcome, files: erased?.files ?? [] };
  }, TX_OPTIONS);
  // The person leaves the statistics' people (no gender, inactive) only when erased.
  const { files, ...result } = erasing ? await changingStatistics(viewer.organisationId, write) : await write;
  await deleteUploads(files);
  return result;
}
