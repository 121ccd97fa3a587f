import 'server-only';
import { cache } from 'react';
import { loadDiscussionGuides } from '@/lib/content/loader';
import { courseUrl } from '@/lib/discussion-guides/qr';
import type { DiscussionGuideFrontmatter } from '@/lib/validation/content';
import { getPublishedCourse } from './learning';

// The discussion guides (content/discussion-guides) joined with the published course they belong
// to: the files name lessons by slug, the page and the PDF show the lesson's title and number.

export type GuideLesson = { lesson: { slug: string; title: string; position: number }; note: string };

export type DiscussionGuide = Omit<DiscussionGuideFrontmatter, 'course' | 'show'> & {
  course: { slug: string; title: string };
  /** The course's absolute address, for the QR code and the printed link. */
  url: string;
  show: GuideLesson[];
  /** Markdown: tips for the person who leads the meeting. */
  tips: string;
};

type GuideFile = { data: DiscussionGuideFrontmatter; body: string };

// The files change only with a deploy: read and checked once per process.
let files: Map<string, GuideFile> | undefined;

function guideFile(courseSlug: string): GuideFile | undefined {
  files ??= new Map(loadDiscussionGuides().map((g) => [g.data.course, g]));
  return files.get(courseSlug);
}

/** Whether the course has a discussion guide (no database read). */
export const hasDiscussionGuide = (courseSlug: string) => guideFile(courseSlug) !== undefined;

/** The course's discussion guide, or null when the course is not published or has no guide. */
export const getDiscussionGuide = cache(async (courseSlug: string): Promise<DiscussionGuide | null> => {
  const file = guideFile(courseSlug);
  if (!file) return null;
  const course = await getPublishedCourse(courseSlug);
  if (!course) return null;
  const { show, ...rest } = file.data;
  // A lesson removed from the published course is left out rather than shown without a title.
  const lessons = show.flatMap(({ lesson: slug, note }) => {
    const lesson = course.lessons.find((l) => l.slug === slug);
    return lesson ? [{ lesson: { slug, title: lesson.title, position: lesson.position }, note }] : [];
  });
  return {
    ...rest,
    course: { slug: course.slug, title: course.title },
    url: courseUrl(course.slug),
    show: lessons,
    tips: file.body,
  };
});
