import 'server-only';
import { db } from '@/lib/db';
import { getHostOrganisationId } from '@/lib/data/host';
import { listPublishedGuides } from '@/lib/data/guides';
import { parseLessonData } from '@/lib/learning/lesson-data';
import { courseDocs, guideDoc, prepareDoc, type PreparedDoc } from '@/lib/search/documents';
import { buildIndex, search, type SearchIndex, type SearchOptions, type SearchOutcome } from '@/lib/search/index';

// The search index (guidance, courses and lessons) lives in this process and is rebuilt when what
// is published changes. Each app instance asks the database for a cheap fingerprint on every
// search, so an edit made through another instance is searchable at once, without a shared cache.
// Parsing Markdown is the slow part, so prepared documents are kept per guide revision and per
// course version, and only what changed is parsed again.
let current: { fingerprint: string; index: Promise<SearchIndex> } | null = null;
const preparedGuides = new Map<string, PreparedDoc>();
const preparedCourses = new Map<string, PreparedDoc[]>();

async function fingerprint(organisationId: string): Promise<string> {
  const [guides, courses] = await Promise.all([
    db.guidePage.aggregate({ where: { organisationId }, _count: true, _max: { updatedAt: true } }),
    db.course.aggregate({ where: { organisationId }, _count: true, _max: { updatedAt: true } }),
  ]);
  const stamp = (max: Date | null) => max?.toISOString() ?? '';
  return `${guides._count}:${stamp(guides._max.updatedAt)}|${courses._count}:${stamp(courses._max.updatedAt)}`;
}

async function guideDocs(): Promise<PreparedDoc[]> {
  const guides = await listPublishedGuides();
  const live = new Set(guides.map((g) => g.revisionId));
  for (const id of preparedGuides.keys()) if (!live.has(id)) preparedGuides.delete(id);
  return guides.map((guide) => {
    const cached = preparedGuides.get(guide.revisionId);
    if (cached && cached.id === `guide:${guide.slug}`) return cached;
    const { slug, title, summary, body, meta } = guide;
    const fresh = prepareDoc(
      guideDoc({ slug, title, summary, body, topics: meta.topics, audiences: meta.audiences, updated: meta.updated }),
    );
    preparedGuides.set(guide.revisionId, fresh);
    return fresh;
  });
}

const list = (csv: string) => csv.split(',').filter(Boolean);

async function courseAndLessonDocs(organisationId: string): Promise<PreparedDoc[]> {
  const courses = await db.course.findMany({
    where: { organisationId, status: 'PUBLISHED' },
    select: {
      id: true,
      slug: true,
      version: true,
      title: true,
      summary: true,
      description: true,
      topics: true,
      audiences: true,
      lessons: {
        where: { removedAt: null },
        orderBy: { position: 'asc' },
        select: { slug: true, title: true, body: true, kind: true, data: true },
      },
    },
  });
  const live = new Set(courses.map((c) => `${c.id}:${c.version}:${c.slug}`));
  for (const key of preparedCourses.keys()) if (!live.has(key)) preparedCourses.delete(key);
  return courses.flatMap((course) => {
    const key = `${course.id}:${course.version}:${course.slug}`;
    const cached = preparedCourses.get(key);
    if (cached) return cached;
    const lessons = course.lessons.map(({ data, ...lesson }) => ({
      ...lesson,
      prompt: lesson.kind === 'REFLECTION' ? parseLessonData('REFLECTION', data).prompt : undefined,
    }));
    const docs = courseDocs({ ...course, topics: list(course.topics), audiences: list(course.audiences) }, lessons).map(
      prepareDoc,
    );
    preparedCourses.set(key, docs);
    return docs;
  });
}

async function freshIndex(organisationId: string | null): Promise<SearchIndex> {
  const [guides, courses] = await Promise.all([
    guideDocs(),
    organisationId ? courseAndLessonDocs(organisationId) : Promise.resolve([]),
  ]);
  return buildIndex([...guides, ...courses]);
}

async function getIndex(): Promise<SearchIndex> {
  const organisationId = await getHostOrganisationId();
  const key = organisationId ? await fingerprint(organisationId) : 'none';
  if (current?.fingerprint !== key) {
    // Requests that arrive while the index is built wait for the same build.
    const index = freshIndex(organisationId);
    current = { fingerprint: key, index };
    index.catch(() => {
      if (current?.index === index) current = null;
    });
  }
  return current.index;
}

/** Published guidance, courses and lessons of the host organisation that answer the query. */
export async function searchSite(options: SearchOptions): Promise<SearchOutcome> {
  return search(await getIndex(), options);
}
