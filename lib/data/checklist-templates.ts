import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { templateSnapshotSchema, type TemplateSnapshot } from '@/lib/validation/checklist';
import { getHostOrganisationId } from './host';

// Read side of checklist templates. A template is data: each revision stores the whole template
// as JSON, and organisations work with the published one.

export function parseSnapshot(json: string): TemplateSnapshot {
  return templateSnapshotSchema.parse(JSON.parse(json));
}

/** The template revision that organisations work with, or null if none is published. */
export const getPublishedTemplate = cache(async (templateId: string): Promise<TemplateSnapshot | null> => {
  const template = await db.checklistTemplate.findUnique({
    where: { id: templateId },
    select: { publishedRevisionId: true },
  });
  if (!template?.publishedRevisionId) return null;
  const revision = await db.checklistTemplateRevision.findUnique({
    where: { id: template.publishedRevisionId },
    select: { snapshot: true },
  });
  return revision ? parseSnapshot(revision.snapshot) : null;
});

export type TemplateSummary = {
  id: string;
  key: string;
  kind: 'STATUS' | 'SCORE';
  article: number;
  title: string;
  status: string;
  latest: number;
  published: number | null;
};

/** The host organisation's templates, for the editor and for opening checklists. */
export const listTemplates = cache(async (): Promise<TemplateSummary[]> => {
  const hostId = await getHostOrganisationId();
  if (!hostId) return [];
  const templates = await db.checklistTemplate.findMany({
    where: { organisationId: hostId },
    orderBy: [{ article: 'asc' }, { key: 'asc' }],
    select: {
      id: true,
      key: true,
      kind: true,
      article: true,
      title: true,
      status: true,
      publishedRevisionId: true,
      revisions: { select: { id: true, number: true } },
    },
  });
  return templates.map((t) => ({
    id: t.id,
    key: t.key,
    kind: t.kind,
    article: t.article,
    title: t.title,
    status: t.status,
    latest: Math.max(0, ...t.revisions.map((r) => r.number)),
    published: t.revisions.find((r) => r.id === t.publishedRevisionId)?.number ?? null,
  }));
});

export type RevisionSummary = {
  number: number;
  note: string | null;
  authorName: string | null;
  createdAt: Date;
  published: boolean;
  live: boolean;
};

export type TemplateForEditor = {
  id: string;
  key: string;
  version: number;
  latest: { number: number; snapshot: TemplateSnapshot };
  publishedNumber: number | null;
  revisions: RevisionSummary[];
};

/** The newest revision (the working copy) and the history, for the host's editors. */
export async function getTemplateForEditor(key: string): Promise<TemplateForEditor | null> {
  const hostId = await getHostOrganisationId();
  if (!hostId) return null;
  const template = await db.checklistTemplate.findUnique({
    where: { organisationId_key: { organisationId: hostId, key } },
    select: {
      id: true,
      key: true,
      version: true,
      publishedRevisionId: true,
      revisions: {
        orderBy: { number: 'desc' },
        select: {
          id: true,
          number: true,
          note: true,
          authorId: true,
          createdAt: true,
          published: true,
          snapshot: true,
        },
      },
    },
  });
  const newest = template?.revisions[0];
  if (!template || !newest) return null;
  const authorIds = [...new Set(template.revisions.map((r) => r.authorId).filter((id): id is string => Boolean(id)))];
  const authors = new Map(
    (await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  return {
    id: template.id,
    key: template.key,
    version: template.version,
    latest: { number: newest.number, snapshot: parseSnapshot(newest.snapshot) },
    publishedNumber: template.revisions.find((r) => r.id === template.publishedRevisionId)?.number ?? null,
    revisions: template.revisions.map((r) => ({
      number: r.number,
      note: r.note,
      authorName: r.authorId ? (authors.get(r.authorId) ?? null) : null,
      createdAt: r.createdAt,
      published: r.published,
      live: r.id === template.publishedRevisionId,
    })),
  };
}

/** Published courses of the host organisation that a template item may link to. */
export const listLinkableCourses = cache(async (): Promise<{ slug: string; title: string }[]> => {
  const hostId = await getHostOrganisationId();
  if (!hostId) return [];
  return db.course.findMany({
    where: { organisationId: hostId, status: 'PUBLISHED' },
    orderBy: { title: 'asc' },
    select: { slug: true, title: true },
  });
});
