import 'server-only';
import { db } from '@/lib/db';
import { getHostOrganisationId } from '@/lib/data/host';
import { listPublishedGuides } from '@/lib/data/guides';
import {
  buildIndex,
  prepareGuide,
  search,
  type PreparedGuide,
  type SearchIndex,
  type SearchOptions,
  type SearchResult,
} from '@/lib/search/index';

// The search index lives in this process and is rebuilt when the published set changes. Each app
// instance asks the database for a cheap fingerprint on every search, so an edit made through
// another instance is searchable at once, without a shared cache. Parsing Markdown is the slow
// part, so prepared pages are kept per revision and only changed pages are parsed again.
let current: { fingerprint: string; index: SearchIndex } | null = null;
const prepared = new Map<string, PreparedGuide>();

async function fingerprint(organisationId: string): Promise<string> {
  const { _count, _max } = await db.guidePage.aggregate({
    where: { organisationId },
    _count: true,
    _max: { updatedAt: true },
  });
  return `${_count}:${_max.updatedAt?.toISOString() ?? ''}`;
}

async function getIndex(): Promise<SearchIndex> {
  const organisationId = await getHostOrganisationId();
  const key = organisationId ? await fingerprint(organisationId) : 'none';
  if (current?.fingerprint === key) return current.index;
  const guides = await listPublishedGuides();
  const live = new Set(guides.map((g) => g.revisionId));
  for (const id of prepared.keys()) if (!live.has(id)) prepared.delete(id);
  const docs = guides.map((guide) => {
    const cached = prepared.get(guide.revisionId);
    if (cached && cached.doc.slug === guide.slug) return cached;
    const { slug, title, summary, body, meta } = guide;
    const fresh = prepareGuide({
      slug,
      title,
      summary,
      body,
      topics: meta.topics,
      audiences: meta.audiences,
      updated: meta.updated,
    });
    prepared.set(guide.revisionId, fresh);
    return fresh;
  });
  current = { fingerprint: key, index: buildIndex(docs) };
  return current.index;
}

export async function searchGuides(options: SearchOptions): Promise<SearchResult[]> {
  return search(await getIndex(), options);
}
