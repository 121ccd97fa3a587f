import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { canEditExample, canReviewExample, type Viewer } from '@/lib/auth/permissions';
import { conflict, forbidden, invalid, notFound } from '@/lib/errors';
import { parseList } from '@/lib/sessions/session';
import type { ExampleEditInput, ExampleInput, ExampleReviewInput } from '@/lib/validation/examples';
import { recordAudit } from './audit';
import { TX_OPTIONS, type Tx } from './tx';

// Colleagues' learning examples: written by anyone signed in, reviewed by a strategist, public
// only when approved, under the name the author chose (or "en kollega på <enhet>").

const exampleSelect = {
  id: true,
  organisationId: true,
  authorId: true,
  title: true,
  what: true,
  learned: true,
  changed: true,
  topics: true,
  audiences: true,
  showName: true,
  status: true,
  reviewComment: true,
  publishedAt: true,
  version: true,
  createdAt: true,
  unitId: true,
  author: { select: { name: true } },
  unit: { select: { name: true, path: true } },
  organisation: { select: { name: true } },
} as const;

type Row = NonNullable<Awaited<ReturnType<typeof findExample>>>;
const findExample = (tx: Tx, where: object) => tx.learningExample.findFirst({ where, select: exampleSelect });

function shape(row: Row) {
  const { author, unit, organisation, ...rest } = row;
  return {
    ...rest,
    topics: parseList(row.topics),
    audiences: parseList(row.audiences),
    unitName: unit?.name ?? null,
    unitPath: unit?.path ?? null,
    organisationName: organisation.name,
    // The byline readers see: the author's name only if they chose it.
    byline: row.showName ? author.name : `En kollega på ${unit?.name ?? organisation.name}`,
  };
}
export type LearningExampleView = ReturnType<typeof shape>;

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

/** A new example, waiting for review. */
export async function submitExample(viewer: Viewer, input: ExampleInput) {
  return db.$transaction(async (tx) => {
    const unitId = await checkUnit(tx, viewer, input.unitId);
    const created = await tx.learningExample.create({
      data: { organisationId: viewer.organisationId, authorId: viewer.id, ...fields(input, unitId) },
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
  }, TX_OPTIONS);
}

async function ownExample(tx: Tx, viewer: Viewer, id: string) {
  const row = await findExample(tx, { id, organisationId: viewer.organisationId });
  if (!row || !canEditExample(viewer, row)) throw notFound('Exemplet finns inte bland dina.');
  return row;
}

/** The author's edit: back to review (an approved example is unpublished until approved again). */
export async function updateExample(viewer: Viewer, input: ExampleEditInput) {
  return db.$transaction(async (tx) => {
    const row = await ownExample(tx, viewer, input.exampleId);
    if (row.status === 'WITHDRAWN' || row.status === 'DECLINED')
      throw invalid('Exemplet är återkallat eller avböjt och kan inte ändras. Skriv ett nytt i stället.');
    const unitId = await checkUnit(tx, viewer, input.unitId);
    const updated = await tx.learningExample.updateMany({
      where: { id: row.id, version: input.version },
      data: { ...fields(input, unitId), status: 'SUBMITTED', publishedAt: null, version: { increment: 1 } },
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
  }, TX_OPTIONS);
}

/** Named or "a colleague": the author may change it at any time, also after publication. */
export async function setExampleName(viewer: Viewer, id: string, showName: boolean) {
  return db.$transaction(async (tx) => {
    const row = await ownExample(tx, viewer, id);
    await tx.learningExample.update({ where: { id: row.id }, data: { showName } });
  }, TX_OPTIONS);
}

/** The author takes it back: gone from every list at once. */
export async function withdrawExample(viewer: Viewer, id: string) {
  return db.$transaction(async (tx) => {
    const row = await ownExample(tx, viewer, id);
    await tx.learningExample.update({
      where: { id: row.id },
      data: { status: 'WITHDRAWN', publishedAt: null, version: { increment: 1 } },
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
  }, TX_OPTIONS);
}

const nextStatus = { approve: 'APPROVED', changes: 'CHANGES_REQUESTED', decline: 'DECLINED' } as const;

/** A strategist's decision on an example waiting for review. */
export async function reviewExample(viewer: Viewer, input: ExampleReviewInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const row = await findExample(tx, { id: input.exampleId, organisationId: viewer.organisationId });
    if (!row) throw notFound('Exemplet finns inte.');
    if (!canReviewExample(viewer, row)) throw forbidden();
    if (row.status !== 'SUBMITTED')
      throw conflict('Exemplet väntar inte på granskning längre (det har ändrats eller återkallats). Ladda om sidan.');
    const status = nextStatus[input.decision];
    await tx.learningExample.update({
      where: { id: row.id },
      data: {
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
    return { status, topics: parseList(row.topics) };
  }, TX_OPTIONS);
}

export type ExampleFilter = { topic?: string; audience?: string; unitPath?: string };

function filterWhere(filter: ExampleFilter) {
  return {
    ...(filter.topic ? { topics: { contains: `"${filter.topic}"` } } : {}),
    ...(filter.audience ? { audiences: { contains: `"${filter.audience}"` } } : {}),
    ...(filter.unitPath ? { unit: { path: { startsWith: filter.unitPath } } } : {}),
  };
}

/**
 * Published examples a reader may see: inside their own organisation when signed in; without
 * signing in, those of organisations that allow it.
 */
export const listPublishedExamples = cache(
  async (reader: Pick<Viewer, 'organisationId'> | null, filter: ExampleFilter = {}, take = 100) => {
    const rows = await db.learningExample.findMany({
      where: {
        status: 'APPROVED',
        ...(reader ? { organisationId: reader.organisationId } : { organisation: { examplesPublic: true } }),
        ...filterWhere(filter),
      },
      orderBy: { publishedAt: 'desc' },
      take,
      select: exampleSelect,
    });
    return rows.map(shape);
  },
);

/** One published example, under the same rule; the author also sees their own in any state. */
export async function getExample(reader: Pick<Viewer, 'id' | 'organisationId'> | null, id: string) {
  const row = await db.learningExample.findFirst({
    where: { id },
    select: { ...exampleSelect, organisation: { select: { name: true, examplesPublic: true } } },
  });
  if (!row) return null;
  const own = reader !== null && canEditExample(reader, row);
  const readable =
    row.status === 'APPROVED' &&
    (reader ? reader.organisationId === row.organisationId : row.organisation.examplesPublic);
  return own || readable ? shape(row) : null;
}

export async function listMyExamples(viewer: Viewer) {
  const rows = await db.learningExample.findMany({
    where: { organisationId: viewer.organisationId, authorId: viewer.id },
    orderBy: { createdAt: 'desc' },
    select: exampleSelect,
  });
  return rows.map(shape);
}

export async function listExamplesForReview(viewer: Viewer) {
  if (!canReviewExample(viewer, { organisationId: viewer.organisationId })) throw forbidden();
  const rows = await db.learningExample.findMany({
    where: { organisationId: viewer.organisationId, status: 'SUBMITTED' },
    orderBy: { createdAt: 'asc' },
    select: exampleSelect,
  });
  return rows.map(shape);
}

/**
 * Published examples on any of `topics` that anyone may read (organisations that allow it): for
 * the statically rendered guidance pages and the start page ("Så gjorde andra").
 */
export const publicExamplesFor = cache(async (topics: readonly string[], take = 3) => {
  const rows = await db.learningExample.findMany({
    where: {
      status: 'APPROVED',
      organisation: { examplesPublic: true },
      ...(topics.length ? { OR: topics.map((t) => ({ topics: { contains: `"${t}"` } })) } : {}),
    },
    orderBy: { publishedAt: 'desc' },
    take,
    select: exampleSelect,
  });
  return rows.map(shape);
});
