import path from 'node:path';
import { loadCourses, loadGuides } from '@/lib/content/loader';
import { courseDocs, guideDoc, prepareDoc, type SearchDoc } from '@/lib/search/documents';
import { buildIndex } from '@/lib/search/index';

// The starting corpus (content/) as the search index sees it once seeded: every guidance page,
// course and lesson, through the same document builders the data layer uses.
const root = path.resolve(import.meta.dirname, '../../content');

export function contentDocs(): SearchDoc[] {
  const guides = loadGuides(root).map((g) =>
    guideDoc({
      slug: g.slug,
      title: g.data.title,
      summary: g.data.summary,
      body: g.body,
      topics: g.data.topics,
      audiences: g.data.audiences,
      updated: g.data.updated,
    }),
  );
  const courses = loadCourses(root).flatMap((c) =>
    courseDocs(
      { ...c.data, slug: c.slug, description: c.body },
      c.lessons.map((l) => ({
        slug: l.slug,
        title: l.data.title,
        body: l.body,
        kind: l.data.kind,
        prompt: l.data.kind === 'reflection' ? l.data.prompt : undefined,
      })),
    ),
  );
  return [...guides, ...courses];
}

export const contentIndex = () => buildIndex(contentDocs().map(prepareDoc));
