// The one loader of content/: reads Markdown with frontmatter and checks it with the zod schemas.
// Errors name the file and the field, so a bad file is easy to find.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { defaultLocale, locales, type Locale } from '@/lib/i18n/config';
import type { CourseText, LessonText, PathText } from '@/lib/learning/translations';
import {
  checklistFrontmatterSchema,
  courseFrontmatterSchema,
  discussionGuideFrontmatterSchema,
  guideFrontmatterSchema,
  guideVersionFrontmatterSchema,
  lessonFrontmatterSchema,
  type LessonFrontmatter,
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

/** A guidance page's texts in another language; its facts (topics, sources, related pages) are the Swedish file's. */
export type GuideVersionText = { title: string; summary: string; body: string };

/**
 * Guidance pages (content/guidance/<slug>.md), each with its versions in other languages
 * (content/guidance/<locale>/<slug>.md). A version without a Swedish page is refused.
 */
export function loadGuides(root = contentRoot) {
  const dir = path.join(root, 'guidance');
  const files = markdownFiles(dir);
  for (const locale of otherLocales) {
    const orphan = markdownFiles(path.join(dir, locale)).find((f) => !files.includes(f));
    if (orphan) throw new ContentError(`${rel(path.join(dir, locale, orphan))}: det finns ingen svensk sida med samma filnamn.`);
  }
  return files.map((f) => {
    const translations: Partial<Record<Locale, GuideVersionText>> = {};
    for (const locale of otherLocales) {
      const file = path.join(dir, locale, f);
      if (!existsSync(file)) continue;
      const { data, body } = parseFile(file, guideVersionFrontmatterSchema);
      translations[locale] = { title: data.title, summary: data.summary, body };
    }
    return { slug: slugOf(f), ...parseFile(path.join(dir, f), guideFrontmatterSchema), translations };
  });
}

export function loadPaths(root = contentRoot) {
  const dir = path.join(root, 'paths');
  return markdownFiles(dir).map((f) => {
    const parsed = parseFile(path.join(dir, f), pathFrontmatterSchema);
    if (parsed.data.audience !== slugOf(f)) throw new ContentError(`${f}: audience ska vara samma som filnamnet.`);
    const translations: Partial<Record<Locale, PathText>> = {};
    for (const locale of otherLocales) {
      const file = path.join(dir, locale, f);
      if (!existsSync(file)) continue;
      const version = parseFile(file, pathFrontmatterSchema);
      const same = version.data.audience === parsed.data.audience && sameList(version.data.courses, parsed.data.courses);
      if (!same) throw new ContentError(`${rel(file)}: audience och courses ska vara desamma som i den svenska filen.`);
      translations[locale] = { title: version.data.title, summary: version.data.summary, intro: version.body };
    }
    return { slug: slugOf(f), ...parsed, translations };
  });
}

const otherLocales = locales.filter((l) => l !== defaultLocale);
const rel = (file: string) => path.relative(process.cwd(), file);
const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

type LoadedLesson = { slug: string; data: LessonFrontmatter };

/**
 * A lesson's version in another language (content/courses/<slug>/<locale>/<same file name>). Only
 * its texts differ: the kind, the film, the pass mark, the number of questions and options and
 * which option is right must be the Swedish file's, or the file is refused.
 */
function lessonVersion(file: string, swedish: LoadedLesson): LessonText {
  const { data, body } = parseFile(file, lessonFrontmatterSchema);
  const refuse = (what: string) => new ContentError(`${rel(file)}: ${what} ska vara samma som i den svenska filen.`);
  const sv = swedish.data;
  if (data.kind !== sv.kind) throw refuse('kind');
  if (data.kind === 'video' && sv.kind === 'video') {
    if (data.video !== sv.video) throw refuse('video');
    // The page names the captions' language after the version's: they must be the version's own.
    if (data.captions === sv.captions)
      throw new ContentError(`${rel(file)}: captions ska vara textningen på det här språket, inte den svenska filen.`);
    return { kind: 'VIDEO', title: data.title, body, captions: data.captions, duration: data.duration };
  }
  if (data.kind === 'reflection') return { kind: 'REFLECTION', title: data.title, body, prompt: data.prompt };
  if (data.kind === 'quiz' && sv.kind === 'quiz') {
    if (data.passMark !== sv.passMark) throw refuse('passMark');
    const fits =
      data.questions.length === sv.questions.length &&
      data.questions.every(
        (q, i) =>
          q.options.length === sv.questions[i]!.options.length &&
          q.options.every((o, j) => Boolean(o.correct) === Boolean(sv.questions[i]!.options[j]!.correct)),
      );
    if (!fits) throw refuse('Antalet frågor och svarsalternativ, och vilket svar som är rätt,');
    return {
      kind: 'QUIZ',
      title: data.title,
      body,
      questions: data.questions.map((q) => ({
        question: q.question,
        options: q.options.map((o) => o.text),
        explanation: q.explanation,
      })),
    };
  }
  return { kind: 'READING', title: data.title, body };
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
      const translations: Partial<Record<Locale, CourseText>> = {};
      const lessonTranslations = lessons.map((): Partial<Record<Locale, LessonText>> => ({}));
      for (const locale of otherLocales) {
        const versionDir = path.join(courseDir, locale);
        if (!existsSync(versionDir)) continue;
        const version = parseFile(path.join(versionDir, 'course.md'), courseFrontmatterSchema);
        const { audiences, topics, minutes } = course.data;
        if (!sameList(version.data.audiences, audiences) || !sameList(version.data.topics, topics) || version.data.minutes !== minutes) {
          throw new ContentError(`${rel(path.join(versionDir, 'course.md'))}: audiences, topics och minutes ska vara desamma som i den svenska filen.`);
        }
        translations[locale] = { title: version.data.title, summary: version.data.summary, description: version.body };
        for (const f of markdownFiles(versionDir).filter((name) => name !== 'course.md')) {
          const index = lessonFiles.indexOf(f);
          if (index < 0) throw new ContentError(`${rel(path.join(versionDir, f))}: det finns ingen svensk lektion med samma filnamn.`);
          lessonTranslations[index]![locale] = lessonVersion(path.join(versionDir, f), lessons[index]!);
        }
      }
      return {
        slug: slugOf(`${slug}.md`),
        ...course,
        translations,
        lessons: lessons.map((lesson, i) => ({ ...lesson, translations: lessonTranslations[i]! })),
      };
    });
}

type ChecklistFile = { data: z.infer<typeof checklistFrontmatterSchema>; body: string };

/**
 * A checklist template's version in another language (content/checklists/<locale>/<same file name>).
 * Only its texts differ: the kind, the article, the scale, the sections and items with their keys,
 * order, optional flags and linked courses must be the Swedish file's, or the file is refused.
 */
function checklistVersion(file: string, swedish: ChecklistFile): ChecklistFile {
  const version = parseFile(file, checklistFrontmatterSchema);
  const [v, sv] = [version.data, swedish.data];
  const shape = (t: typeof sv) =>
    JSON.stringify([
      t.key,
      t.kind,
      t.article,
      t.scale?.map((l) => l.score),
      t.sections.map((s) => [s.key, s.optional, s.items.map((i) => [i.key, i.linkedCourses])]),
    ]);
  if (shape(v) !== shape(sv))
    throw new ContentError(
      `${rel(file)}: key, kind, article, avsnitten och punkterna (nycklar, ordning, optional och linkedCourses) ska vara desamma som i den svenska filen.`,
    );
  return version;
}

export function loadChecklists(root = contentRoot) {
  const dir = path.join(root, 'checklists');
  return markdownFiles(dir).map((f) => {
    const parsed = parseFile(path.join(dir, f), checklistFrontmatterSchema);
    if (parsed.data.key !== slugOf(f)) throw new ContentError(`${f}: key ska vara samma som filnamnet.`);
    const translations: Partial<Record<Locale, ChecklistFile>> = {};
    for (const locale of otherLocales) {
      const file = path.join(dir, locale, f);
      if (existsSync(file)) translations[locale] = checklistVersion(file, parsed);
    }
    return { ...parsed, translations };
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
