import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { canReadExample, canReviewExample, type Viewer } from '@/lib/auth/permissions';
import { forbidden } from '@/lib/errors';
import { parseList } from '@/lib/collections';
import { mediaView, storedType } from '@/lib/uploads/media';

// The writes (submit, edit, name, withdraw, review) are in ./learning-example-writes.
export {
  reviewExample,
  setExampleName,
  submitExample,
  updateExample,
  withdrawExample,
} from './learning-example-writes';

// Colleagues' learning examples: written by anyone signed in, reviewed by a strategist, public
// only when approved, under the name the author chose (or "en kollega på <enhet>"). Their image
// and film are read through getExampleFile, under the same rule as the page.

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
  imageKey: true,
  imageType: true,
  imageAlt: true,
  filmKey: true,
  filmType: true,
  captionsKey: true,
  version: true,
  createdAt: true,
  unitId: true,
  author: { select: { name: true } },
  unit: { select: { name: true, path: true } },
  organisation: { select: { name: true, examplesPublic: true } },
} as const;

type Row = NonNullable<Awaited<ReturnType<typeof findExample>>>;
const findExample = (where: object) => db.learningExample.findFirst({ where, select: exampleSelect });

function shape(row: Row) {
  const { author, unit, organisation, imageKey, imageType, imageAlt, filmKey, filmType, captionsKey, ...rest } = row;
  return {
    ...rest,
    ...mediaView(row.id, { imageKey, imageType, imageAlt, filmKey, filmType, captionsKey }),
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

const readSelect = {
  authorId: true,
  organisationId: true,
  status: true,
  organisation: { select: { examplesPublic: true } },
} as const;

const readable = (
  reader: Pick<Viewer, 'id' | 'organisationId' | 'role'> | null,
  row: { authorId: string; organisationId: string; status: string; organisation: { examplesPublic: boolean } },
) => canReadExample(reader, { ...row, organisationPublic: row.organisation.examplesPublic });

/** One example, for whoever may read it (canReadExample): published, or the author's or a reviewer's. */
export async function getExample(reader: Pick<Viewer, 'id' | 'organisationId' | 'role'> | null, id: string) {
  const row = await findExample({ id });
  return row && readable(reader, row) ? shape(row) : null;
}

/**
 * A file of an example, under exactly the rule of its page; `cacheable` when anyone may read it
 * (published by an organisation whose examples are public), so shared caches may keep it.
 */
export async function getExampleFile(
  reader: Pick<Viewer, 'id' | 'organisationId' | 'role'> | null,
  id: string,
  key: string,
) {
  const row = await db.learningExample.findFirst({
    where: { id },
    select: {
      ...readSelect,
      imageKey: true,
      imageType: true,
      imageAlt: true,
      filmKey: true,
      filmType: true,
      captionsKey: true,
    },
  });
  if (!row || !readable(reader, row)) return null;
  const type = storedType(row, key);
  if (!type) return null;
  return { key, type, cacheable: readable(null, row) };
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
