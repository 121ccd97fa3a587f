import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { readerTranslator } from '@/lib/i18n/messages';
import type { ContentStatus as GuideStatus } from '@/lib/generated/sqlite/enums';
import { guideVersion, versionMatches } from '@/lib/guides/translations';
import { parseMeta, type GuideContent } from '@/lib/validation/guide';

// What editors see: every page of the host organisation with its drafts and history. Callers have
// checked requireContentEditor / authorizeContentEditor; every query is bound to the organisation.

export type RevisionInfo = { number: number; authorName: string; createdAt: Date; note: string | null };

async function authorNames(organisationId: string, ids: (string | null)[]): Promise<(id: string | null) => string> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const users = wanted.length
    ? await db.user.findMany({ where: { organisationId, id: { in: wanted } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  // The portal's seed content, or an author since removed, named in the reader's language.
  const t = await readerTranslator();
  return (id) => (id ? (names.get(id) ?? t('editorGuides.author.removed')) : t('editorGuides.author.seed'));
}

export type EditorListItem = {
  id: string;
  slug: string;
  status: GuideStatus;
  title: string;
  latest: RevisionInfo;
  publishedNumber: number | null;
};

export const listGuidesForEditor = cache(async (organisationId: string): Promise<EditorListItem[]> => {
  const pages = await db.guidePage.findMany({
    where: { organisationId },
    select: {
      id: true,
      slug: true,
      status: true,
      publishedRevisionId: true,
      revisions: {
        orderBy: { number: 'desc' },
        take: 1,
        select: { number: true, title: true, authorId: true, createdAt: true, note: true },
      },
    },
  });
  const published = await db.guideRevision.findMany({
    where: { id: { in: pages.flatMap((p) => (p.publishedRevisionId ? [p.publishedRevisionId] : [])) } },
    select: { id: true, number: true },
  });
  const nameOf = await authorNames(
    organisationId,
    pages.map((p) => p.revisions[0]?.authorId ?? null),
  );
  return pages
    .flatMap((page) => {
      const latest = page.revisions[0];
      if (!latest) return [];
      return [
        {
          id: page.id,
          slug: page.slug,
          status: page.status as GuideStatus,
          title: latest.title,
          latest: {
            number: latest.number,
            authorName: nameOf(latest.authorId),
            createdAt: latest.createdAt,
            note: latest.note,
          },
          publishedNumber: published.find((r) => r.id === page.publishedRevisionId)?.number ?? null,
        },
      ];
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'sv'));
});

export type EditableGuide = {
  id: string;
  slug: string;
  status: GuideStatus;
  version: number;
  publishedNumber: number | null;
  content: GuideContent;
  /** The latest revision's English version, and whether it was written from its Swedish texts. */
  english: { title: string; summary: string; body: string; upToDate: boolean } | null;
  latest: RevisionInfo;
};

/** The page with its latest revision (the one the editor opens), or null. */
export const getGuideForEditor = cache(async (organisationId: string, id: string): Promise<EditableGuide | null> => {
  const page = await db.guidePage.findFirst({
    where: { id, organisationId },
    select: {
      id: true,
      slug: true,
      status: true,
      version: true,
      publishedRevisionId: true,
      revisions: { orderBy: { number: 'desc' }, take: 1 },
    },
  });
  const latest = page?.revisions[0];
  if (!page || !latest) return null;
  const published = page.publishedRevisionId
    ? await db.guideRevision.findUnique({ where: { id: page.publishedRevisionId }, select: { number: true } })
    : null;
  const nameOf = await authorNames(organisationId, [latest.authorId]);
  const english = guideVersion(latest.translations, 'en');
  return {
    id: page.id,
    slug: page.slug,
    status: page.status as GuideStatus,
    version: page.version,
    publishedNumber: published?.number ?? null,
    content: { title: latest.title, summary: latest.summary, body: latest.body, meta: parseMeta(latest.meta) },
    english: english
      ? {
          title: english.title,
          summary: english.summary,
          body: english.body,
          upToDate: versionMatches(latest, english),
        }
      : null,
    latest: {
      number: latest.number,
      authorName: nameOf(latest.authorId),
      createdAt: latest.createdAt,
      note: latest.note,
    },
  };
});

export type HistoryEntry = RevisionInfo & { title: string; published: boolean };

export async function listGuideRevisions(organisationId: string, id: string): Promise<HistoryEntry[] | null> {
  const page = await db.guidePage.findFirst({
    where: { id, organisationId },
    select: { status: true, publishedRevisionId: true },
  });
  if (!page) return null;
  const revisions = await db.guideRevision.findMany({
    where: { pageId: id },
    orderBy: { number: 'desc' },
    select: { id: true, number: true, title: true, authorId: true, createdAt: true, note: true },
  });
  const nameOf = await authorNames(
    organisationId,
    revisions.map((r) => r.authorId),
  );
  return revisions.map((r) => ({
    number: r.number,
    title: r.title,
    authorName: nameOf(r.authorId),
    createdAt: r.createdAt,
    note: r.note,
    published: page.status === 'PUBLISHED' && r.id === page.publishedRevisionId,
  }));
}

export type RevisionContent = GuideContent & RevisionInfo;

/** Revision `number` and the one before it, for the diff. */
export async function getRevisionPair(
  organisationId: string,
  id: string,
  number: number,
): Promise<{ current: RevisionContent; previous: RevisionContent | null } | null> {
  const page = await db.guidePage.findFirst({ where: { id, organisationId }, select: { id: true } });
  const rows = page
    ? await db.guideRevision.findMany({
        where: { pageId: id, number: { in: [number, number - 1] } },
        orderBy: { number: 'desc' },
      })
    : [];
  const nameOf = await authorNames(
    organisationId,
    rows.map((r) => r.authorId),
  );
  const [current, previous] = rows.map((r) => ({
    number: r.number,
    title: r.title,
    summary: r.summary,
    body: r.body,
    meta: parseMeta(r.meta),
    authorName: nameOf(r.authorId),
    createdAt: r.createdAt,
    note: r.note,
  }));
  if (!current || current.number !== number) return null;
  return { current, previous: previous ?? null };
}

/** Every page's slug and latest title: the choices for "related pages". */
export async function listGuideOptions(organisationId: string): Promise<{ slug: string; title: string }[]> {
  return (await listGuidesForEditor(organisationId)).map((g) => ({ slug: g.slug, title: g.title }));
}
