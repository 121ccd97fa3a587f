// The one loader of content/: reads Markdown with frontmatter and checks it with the zod schemas.
// Errors name the file and the field, so a bad file is easy to find.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import {
  checklistFrontmatterSchema,
  courseFrontmatterSchema,
  discussionGuideFrontmatterSchema,
  guideFrontmatterSchema,
  lessonFrontmatterSchema,
  pageFrontmatterSchema,
  pathFrontmatterSchema,
  selfAssessmentFrontmatterSchema,
  slugSchema,
} from '@/lib/validation/content';

export const contentRoot = path.resolve(process.cwd(), 'content');

export class ContentError extends Error {}

function parseFile<S extends z.ZodType>(file: string, schema: S): { data: z.infer<S>; body: string } {
  const raw = readFileSync(file, 'utf8');
  const { data, content } = matter(raw);
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(frontmatter)'}: ${i.message}`).join('; ');
    throw new ContentError(`${path.relative(process.cwd(), file)}: ${issues}`);
  }
  return { data: result.data, body: content.trim() };
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

function slugOf(file: string): string {
  const slug = path.basename(file, '.md');
  if (!slugSchema.safeParse(slug).success) throw new ContentError(`${file}: filnamnet är ingen giltig slug.`);
  return slug;
}

export function loadGuides(root = contentRoot) {
  const dir = path.join(root, 'guidance');
  return markdownFiles(dir).map((f) => ({ slug: slugOf(f), ...parseFile(path.join(dir, f), guideFrontmatterSchema) }));
}

export function loadPaths(root = contentRoot) {
  const dir = path.join(root, 'paths');
  return markdownFiles(dir).map((f) => {
    const parsed = parseFile(path.join(dir, f), pathFrontmatterSchema);
    if (parsed.data.audience !== slugOf(f)) throw new ContentError(`${f}: audience ska vara samma som filnamnet.`);
    return { slug: slugOf(f), ...parsed };
  });
}

export function loadCourses(root = contentRoot) {
  const dir = path.join(root, 'courses');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const courseDir = path.join(dir, slug);
      const course = parseFile(path.join(courseDir, 'course.md'), courseFrontmatterSchema);
      const lessonFiles = markdownFiles(courseDir).filter((f) => f !== 'course.md');
      const lessons = lessonFiles.map((f, index) => {
        const match = /^(\d{2})-([a-z0-9-]+)\.md$/.exec(f);
        if (!match || Number(match[1]) !== index + 1) {
          throw new ContentError(`${path.join('content/courses', slug, f)}: lektionerna ska heta 01-namn.md, 02-namn.md … utan luckor.`);
        }
        return { slug: match[2]!, position: index + 1, ...parseFile(path.join(courseDir, f), lessonFrontmatterSchema) };
      });
      if (lessons.length < 3 || lessons.length > 6) {
        throw new ContentError(`content/courses/${slug}: en kurs ska ha 3–6 lektioner (har ${lessons.length}).`);
      }
      return { slug: slugOf(`${slug}.md`), ...course, lessons };
    });
}

export function loadChecklists(root = contentRoot) {
  const dir = path.join(root, 'checklists');
  return markdownFiles(dir).map((f) => {
    const parsed = parseFile(path.join(dir, f), checklistFrontmatterSchema);
    if (parsed.data.key !== slugOf(f)) throw new ContentError(`${f}: key ska vara samma som filnamnet.`);
    return parsed;
  });
}

/** Discussion guides (content/discussion-guides/<course-slug>.md), one per course. */
export function loadDiscussionGuides(root = contentRoot) {
  const dir = path.join(root, 'discussion-guides');
  return markdownFiles(dir).map((f) => {
    const parsed = parseFile(path.join(dir, f), discussionGuideFrontmatterSchema);
    if (parsed.data.course !== slugOf(f)) throw new ContentError(`discussion-guides/${f}: course ska vara samma som filnamnet.`);
    return parsed;
  });
}

/**
 * A fixed page (content/pages/<slug>.md), in the reader's language where it is written
 * (content/pages/<locale>/<slug>.md), else in Swedish; `locale` says which it is.
 */
export function loadPage(slug: string, root = contentRoot, wanted: Locale = defaultLocale) {
  const translated = path.join(root, 'pages', wanted, `${slug}.md`);
  if (wanted !== defaultLocale && existsSync(translated)) {
    return { ...parseFile(translated, pageFrontmatterSchema), locale: wanted };
  }
  return { ...parseFile(path.join(root, 'pages', `${slug}.md`), pageFrontmatterSchema), locale: defaultLocale };
}

/**
 * The self-assessment questionnaire (content/self-assessment/sjalvskattning.md, issue 17). The courses
 * and guidance pages it recommends must exist, or a person would be sent to a page that is not there.
 */
export function loadSelfAssessment(root = contentRoot) {
  const parsed = parseFile(path.join(root, 'self-assessment', 'sjalvskattning.md'), selfAssessmentFrontmatterSchema);
  const problems = parsed.data.areas.flatMap((a) => [
    ...a.courses.filter((c) => !existsSync(path.join(root, 'courses', c, 'course.md'))).map((c) => `${a.key}: kursen "${c}" finns inte`),
    ...a.guides.filter((g) => !existsSync(path.join(root, 'guidance', `${g}.md`))).map((g) => `${a.key}: sidan "${g}" finns inte`),
  ]);
  if (problems.length) throw new ContentError(`self-assessment/sjalvskattning.md: ${problems.join('; ')}`);
  return parsed;
}

/** Loads everything and checks cross-references (related pages, path courses, linked courses). */
export function loadAllContent(root = contentRoot) {
  const guides = loadGuides(root);
  const paths = loadPaths(root);
  const courses = loadCourses(root);
  const checklists = loadChecklists(root);
  const discussionGuides = loadDiscussionGuides(root);
  const guideSlugs = new Set(guides.map((g) => g.slug));
  const courseSlugs = new Set(courses.map((c) => c.slug));
  const problems: string[] = [];
  for (const g of guides) for (const r of g.data.related) if (!guideSlugs.has(r)) problems.push(`guidance/${g.slug}.md: related "${r}" finns inte`);
  for (const p of paths) for (const c of p.data.courses) if (!courseSlugs.has(c)) problems.push(`paths/${p.slug}.md: kursen "${c}" finns inte`);
  for (const cl of checklists)
    for (const s of cl.data.sections)
      for (const i of s.items)
        for (const c of i.linkedCourses) if (!courseSlugs.has(c)) problems.push(`checklists/${cl.data.key}.md: ${i.key}: kursen "${c}" finns inte`);
  for (const d of discussionGuides) {
    const course = courses.find((c) => c.slug === d.data.course);
    if (!course) problems.push(`discussion-guides/${d.data.course}.md: kursen finns inte`);
    for (const s of d.data.show)
      if (course && !course.lessons.some((l) => l.slug === s.lesson))
        problems.push(`discussion-guides/${d.data.course}.md: lektionen "${s.lesson}" finns inte i kursen`);
  }
  if (problems.length) throw new ContentError(problems.join('\n'));
  return { guides, paths, courses, checklists, discussionGuides };
}
