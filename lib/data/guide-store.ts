import 'server-only';
import { recordAudit } from '@/lib/data/audit';
import { conflict, notFound } from '@/lib/errors';
import { guideSource, guideVersion } from '@/lib/guides/translations';
import { UNCONFIRMED } from '@/lib/learning/translations';
import type { GuideContent, GuideEnglish } from '@/lib/validation/guide';
import { markPublished, type Base } from './guide-publish';
import { renameGuideSlug, slugTaken } from './guide-slugs';

// Writes to guidance pages. Every save is a new revision; a save names the page version it
// started from and is refused when the page has moved on since (optimistic concurrency). The
// check is a conditional update inside the transaction, so it holds under concurrent requests:
// the second writer's `updateMany where { id, version }` matches no row and nothing is written.
// Functions take the client so tests (and the seed) can run them against their own database.

export const CONFLICT_MESSAGE =
  'Någon annan har sparat sidan medan du redigerade. Dina ändringar är inte sparade, men de finns kvar i formuläret.';
export const SLUG_TAKEN_MESSAGE = 'Adressen används redan av en annan sida. Välj en annan.';

export type SaveResult = {
  pageId: string;
  version: number;
  revisionNumber: number;
  slug: string;
  previousSlug: string;
  changed: boolean;
};

function revisionData(content: GuideContent, translations: string) {
  return {
    title: content.title,
    summary: content.summary,
    body: content.body,
    meta: JSON.stringify(content.meta),
    translations,
  };
}

/**
 * The revision's versions in other languages: the English a save asks for (undefined: the latest
 * revision's, as it was), stamped with the fingerprint of the Swedish page as saved when the editor
 * says it matches; otherwise it keeps the fingerprint it had, so English readers get the Swedish
 * page until someone says the English matches again.
 */
export function translationsFor(content: GuideContent, english: GuideEnglish | undefined, latest = '{}'): string {
  if (english === undefined) return latest;
  if (english === null) return '{}';
  const before = guideVersion(latest, 'en');
  const source = english.upToDate ? guideSource(content) : (before?.source ?? UNCONFIRMED);
  return JSON.stringify({ en: { source, title: english.title, summary: english.summary, body: english.body } });
}

/** Same words and settings? The `updated` date alone does not make a new revision. */
export function sameContent(
  a: { title: string; summary: string; body: string; meta: string },
  b: GuideContent,
): boolean {
  const metaA = sortKeys({ ...(JSON.parse(a.meta) as Record<string, unknown>), updated: null });
  const metaB = sortKeys({ ...b.meta, updated: null });
  return (
    a.title === b.title &&
    a.summary === b.summary &&
    a.body === b.body &&
    JSON.stringify(metaA) === JSON.stringify(metaB)
  );
}

const sortKeys = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));

/**
 * The form lists topics, audiences and related pages in its own order; keep the order the page
 * already had (new choices last), so a save without edits changes nothing and an exported file
 * shows only real changes.
 */
function inStoredOrder(storedMeta: string, content: GuideContent): GuideContent {
  const stored = JSON.parse(storedMeta) as Partial<Record<'topics' | 'audiences' | 'related', string[]>>;
  const order = <T extends string>(previous: string[] = [], next: T[]): T[] => [
    ...previous.filter((x): x is T => next.includes(x as T)),
    ...next.filter((x) => !previous.includes(x)),
  ];
  const { meta } = content;
  return {
    ...content,
    meta: {
      ...meta,
      topics: order(stored.topics, meta.topics),
      audiences: order(stored.audiences, meta.audiences),
      related: order(stored.related, meta.related),
    },
  };
}

export async function createGuide(
  options: Base & { slug: string; content: GuideContent; english?: GuideEnglish; note?: string; publish?: boolean },
): Promise<SaveResult> {
  const { db, organisationId, actorId, slug, content, english, note, publish = false } = options;
  return db.$transaction(async (tx) => {
    if (await slugTaken(tx, organisationId, slug)) throw conflict(SLUG_TAKEN_MESSAGE, 'SLUG_TAKEN');
    const page = await tx.guidePage.create({ data: { organisationId, slug }, select: { id: true, version: true } });
    const revision = await tx.guideRevision.create({
      data: {
        pageId: page.id,
        number: 1,
        authorId: actorId,
        note: note ?? null,
        ...revisionData(content, translationsFor(content, english)),
      },
      select: { id: true },
    });
    await tx.slugRedirect.deleteMany({ where: { organisationId, kind: 'guide', fromSlug: slug } });
    if (publish)
      await markPublished(tx, { organisationId, actorId, pageId: page.id, revisionId: revision.id, number: 1, slug });
    return { pageId: page.id, version: page.version, revisionNumber: 1, slug, previousSlug: slug, changed: true };
  });
}

type SaveOptions = Base & {
  pageId: string;
  baseVersion: number;
  slug: string;
  content: GuideContent;
  /** The English version: null for none, undefined to keep the latest revision's. */
  english?: GuideEnglish;
  note?: string;
  publish?: boolean;
};

/** Saves a new revision (unless nothing changed) and, when asked, publishes it. */
export async function saveGuide(options: SaveOptions): Promise<SaveResult> {
  const { db, organisationId, actorId, pageId, baseVersion, slug, note, publish = false } = options;
  let { content } = options;
  return db.$transaction(async (tx) => {
    const page = await tx.guidePage.findFirst({
      where: { id: pageId, organisationId },
      select: { slug: true, version: true, publishedAt: true },
    });
    if (!page) throw notFound('Sidan finns inte längre. Den kan ha tagits bort.');
    if (page.version !== baseVersion) throw conflict(CONFLICT_MESSAGE, 'STALE_VERSION');
    const latest = await tx.guideRevision.findFirstOrThrow({
      where: { pageId },
      orderBy: { number: 'desc' },
      select: { id: true, number: true, title: true, summary: true, body: true, meta: true, translations: true },
    });
    content = inStoredOrder(latest.meta, content);
    const translations = translationsFor(content, options.english, latest.translations);
    const changed = !sameContent(latest, content) || translations !== latest.translations;
    const renamed = slug !== page.slug;
    const result = {
      pageId,
      version: page.version,
      revisionNumber: latest.number,
      slug,
      previousSlug: page.slug,
      changed,
    };
    if (!changed && !renamed && !publish) return result;
    if (renamed && (await slugTaken(tx, organisationId, slug, pageId)))
      throw conflict(SLUG_TAKEN_MESSAGE, 'SLUG_TAKEN');

    const bumped = await tx.guidePage.updateMany({
      where: { id: pageId, version: baseVersion },
      data: { version: { increment: 1 }, slug },
    });
    if (bumped.count === 0) throw conflict(CONFLICT_MESSAGE, 'STALE_VERSION');
    let revision = { id: latest.id, number: latest.number };
    if (changed) {
      revision = await tx.guideRevision.create({
        data: {
          pageId,
          number: latest.number + 1,
          authorId: actorId,
          note: note ?? null,
          ...revisionData(content, translations),
        },
        select: { id: true, number: true },
      });
    }
    if (renamed) {
      await renameGuideSlug(tx, { organisationId, from: page.slug, to: slug, wasPublic: page.publishedAt !== null });
      await recordAudit(
        {
          organisationId,
          actorId,
          action: 'guide.rename',
          entityType: 'GuidePage',
          entityId: pageId,
          before: { slug: page.slug },
          after: { slug },
        },
        tx,
      );
    }
    if (publish)
      await markPublished(tx, {
        organisationId,
        actorId,
        pageId,
        revisionId: revision.id,
        number: revision.number,
        slug,
      });
    return { ...result, version: baseVersion + 1, revisionNumber: revision.number };
  });
}
