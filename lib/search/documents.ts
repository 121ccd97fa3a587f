import { plainTextOf } from './text';

// What the search index holds: guidance pages, courses and lessons, each with the address a hit
// leads to. The database (lib/data/site-search.ts) and the relevance test (content/ files) build
// them with the same functions, so the test measures what readers get.

export type DocKind = 'guide' | 'course' | 'lesson';

export type SearchDoc = {
  id: string;
  kind: DocKind;
  href: string;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  topics: string[];
  audiences: string[];
  /** Guidance pages: the day the content was last revised. */
  updated?: string;
  /** Lessons: the course they belong to. */
  course?: { slug: string; title: string };
};

/** The Markdown-free form; parsing is the slow part, so callers may keep these per revision. */
export type PreparedDoc = Omit<SearchDoc, 'body'> & { text: string; headings: string[] };

export function prepareDoc(doc: SearchDoc): PreparedDoc {
  const { body, ...rest } = doc;
  const { text, headings } = plainTextOf(body);
  return { ...rest, text, headings };
}

export function guideDoc(guide: {
  slug: string;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  audiences: string[];
  updated: string;
}): SearchDoc {
  return { id: `guide:${guide.slug}`, kind: 'guide', href: `/vagledning/${guide.slug}`, ...guide };
}

type CourseInput = {
  slug: string;
  title: string;
  summary: string;
  description: string;
  topics: string[];
  audiences: string[];
};
type LessonInput = { slug: string; title: string; body: string; kind: string; prompt?: string };

/**
 * A course and its lessons. A reflection's question is part of what the learner reads; the
 * questions and answers of a knowledge check are left out, so a search never gives them away.
 */
export function courseDocs(course: CourseInput, lessons: readonly LessonInput[]): SearchDoc[] {
  const { slug, title, summary, topics, audiences } = course;
  const courseDoc: SearchDoc = {
    id: `course:${slug}`,
    kind: 'course',
    href: `/kurser/${slug}`,
    title,
    summary,
    body: course.description,
    topics,
    audiences,
  };
  return [
    courseDoc,
    ...lessons.map((lesson): SearchDoc => ({
      id: `lesson:${slug}/${lesson.slug}`,
      kind: 'lesson',
      href: `/kurser/${slug}/${lesson.slug}`,
      title: lesson.title,
      summary: '',
      body:
        lesson.prompt && lesson.kind.toUpperCase() === 'REFLECTION'
          ? `${lesson.body}\n\n${lesson.prompt}`
          : lesson.body,
      topics,
      audiences,
      course: { slug, title },
    })),
  ];
}
