import 'server-only';
import { db } from '@/lib/db';
import { canEditExample, canReviewExample, type Viewer } from '@/lib/auth/permissions';
import { conflict, forbidden, invalid, notFound } from '@/lib/errors';
import { parseList } from '@/lib/collections';
import { mediaKeys, mediaProblem, nextMedia, noMedia, type MediaInput, type StoredMedia } from '@/lib/uploads/media';
import { deleteUploads, storeThen } from '@/lib/uploads/store';
import type { ExampleEditInput, ExampleInput, ExampleReviewInput } from '@/lib/validation/examples';
import { recordAudit } from './audit';
import { TX_OPTIONS, type Tx } from './tx';

// Writing learning examples (reads in ./learning-examples). An image and a film are files under
// UPLOAD_DIR (lib/uploads): written only once everything else is checked, deleted again if the
// save fails, and deleted when replaced, removed or withdrawn.

const writeSelect = {
  id: true,
  organisationId: true,
  authorId: true,
  status: true,
  topics: true,
  imageKey: true,
  imageType: true,
  imageAlt: true,
  filmKey: true,
  filmType: true,
  captionsKey: true,
} as const;

const findExample = (tx: Tx, where: object) => tx.learningExample.findFirst({ where, select: writeSelect });

async function checkUnit(tx: Tx, viewer: Viewer, unitId: string | undefined) {
  if (!unitId) return null;
  const unit = await tx.orgUnit.findFirst({
    where: { id: unitId, organisationId: viewer.organisationId },
    select: { id: true },
  });
  if (!unit) throw invalid('Enheten finns inte i din organisation. Inget har sparats.');
  return unit.id;
}

const fields = (input: ExampleInput, unitId: string | null) => ({
  title: input.title,
  what: input.what,
  learned: input.learned,
  changed: input.changed,
  unitId,
  topics: JSON.stringify(input.topics),
  audiences: JSON.stringify(input.audiences),
  showName: input.showName,
});

const files = (input: MediaInput) => ({
  image: input.image?.file,
  film: input.film?.file,
  captions: input.captions?.file,
});

function checkMedia(input: MediaInput, before: StoredMedia) {
  const problem = mediaProblem(input, before);
  if (problem) throw invalid(`${problem} Inget har sparats.`);
}

/** A new example, waiting for review. */
export async function submitExample(viewer: Viewer, input: ExampleInput) {
  const unitId = await checkUnit(db, viewer, input.unitId);
  checkMedia(input, noMedia);
  return storeThen(files(input), (keys) =>
    db.$transaction(async (tx) => {
      const created = await tx.learningExample.create({
        data: {
          organisationId: viewer.organisationId,
          authorId: viewer.id,
          ...fields(input, unitId),
          ...nextMedia(input, keys, noMedia).after,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          organisationId: viewer.organisationId,
          actorId: viewer.id,
          action: 'example.submitted',
          entityType: 'LearningExample',
          entityId: created.id,
        },
        tx,
      );
      return created;
    }, TX_OPTIONS),
  );
}

async function ownExample(tx: Tx, viewer: Viewer, id: string) {
  const row = await findExample(tx, { id, organisationId: viewer.organisationId });
  if (!row || !canEditExample(viewer, row)) throw notFound('Exemplet finns inte bland dina.');
  return row;
}

/** The author's example as it may be edited, with the save's media checked against what it has. */
async function editable(tx: Tx, viewer: Viewer, input: ExampleEditInput) {
  const row = await ownExample(tx, viewer, input.exampleId);
  if (row.status === 'WITHDRAWN' || row.status === 'DECLINED')
    throw invalid('Exemplet är återkallat eller avböjt och kan inte ändras. Skriv ett nytt i stället.');
  const unitId = await checkUnit(tx, viewer, input.unitId);
  checkMedia(input, row);
  return { row, unitId };
}

/**
 * The author's edit: back to review (an approved example is unpublished until approved again).
 * Checked before any file is written, and again in the transaction that saves.
 */
export async function updateExample(viewer: Viewer, input: ExampleEditInput) {
  await editable(db, viewer, input);
  const { dropped } = await storeThen(files(input), (keys) =>
    db.$transaction(async (tx) => {
      const { row, unitId } = await editable(tx, viewer, input);
      const media = nextMedia(input, keys, row);
      const updated = await tx.learningExample.updateMany({
        where: { id: row.id, version: input.version },
        data: {
          ...fields(input, unitId),
          ...media.after,
          status: 'SUBMITTED',
          publishedAt: null,
          version: { increment: 1 },
        },
      });
      if (updated.count === 0)
        throw conflict(
          'Exemplet har ändrats sedan du öppnade det (kanske granskat). Ladda om sidan och gör ändringen igen.',
          'STALE_VERSION',
        );
      await recordAudit(
        {
          organisationId: viewer.organisationId,
          actorId: viewer.id,
          action: 'example.edited',
          entityType: 'LearningExample',
          entityId: row.id,
          before: { status: row.status },
        },
        tx,
      );
      return media;
    }, TX_OPTIONS),
  );
  // Replaced or removed: only now that the example no longer points to them.
  await deleteUploads(dropped);
}

/** Named or "a colleague": the author may change it at any time, also after publication. */
export async function setExampleName(viewer: Viewer, id: string, showName: boolean) {
  return db.$transaction(async (tx) => {
    const row = await ownExample(tx, viewer, id);
    await tx.learningExample.update({ where: { id: row.id }, data: { showName } });
  }, TX_OPTIONS);
}

/** The author takes it back: gone from every list at once, and its files deleted. */
export async function withdrawExample(viewer: Viewer, id: string) {
  const row = await db.$transaction(async (tx) => {
    const row = await ownExample(tx, viewer, id);
    await tx.learningExample.update({
      where: { id: row.id },
      data: { status: 'WITHDRAWN', publishedAt: null, ...noMedia, version: { increment: 1 } },
    });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'example.withdrawn',
        entityType: 'LearningExample',
        entityId: row.id,
        before: { status: row.status },
      },
      tx,
    );
    return row;
  }, TX_OPTIONS);
  await deleteUploads(mediaKeys(row));
}

const nextStatus = { approve: 'APPROVED', changes: 'CHANGES_REQUESTED', decline: 'DECLINED' } as const;

/**
 * A strategist's decision on an example waiting for review. A declined example is never shown and
 * its author cannot withdraw it any more, so its files are deleted with the decision.
 */
export async function reviewExample(viewer: Viewer, input: ExampleReviewInput, now = new Date()) {
  const { files, ...result } = await db.$transaction(async (tx) => {
    const row = await findExample(tx, { id: input.exampleId, organisationId: viewer.organisationId });
    if (!row) throw notFound('Exemplet finns inte.');
    if (!canReviewExample(viewer, row)) throw forbidden();
    if (row.status !== 'SUBMITTED')
      throw conflict('Exemplet väntar inte på granskning längre (det har ändrats eller återkallats). Ladda om sidan.');
    const status = nextStatus[input.decision];
    const declined = status === 'DECLINED';
    await tx.learningExample.update({
      where: { id: row.id },
      data: {
        ...(declined ? noMedia : {}),
        status,
        reviewComment: input.comment || null,
        reviewedById: viewer.id,
        reviewedAt: now,
        publishedAt: status === 'APPROVED' ? now : null,
        version: { increment: 1 },
      },
    });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: `example.${input.decision}`,
        entityType: 'LearningExample',
        entityId: row.id,
      },
      tx,
    );
    return { status, topics: parseList(row.topics), files: declined ? mediaKeys(row) : [] };
  }, TX_OPTIONS);
  await deleteUploads(files);
  return result;
}
