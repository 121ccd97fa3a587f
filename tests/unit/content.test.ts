import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllContent, loadGuides, loadPage } from '@/lib/content/loader';
import {
  discussionGuideFrontmatterSchema,
  guideFrontmatterSchema,
  lessonFrontmatterSchema,
} from '@/lib/validation/content';

const root = path.resolve(import.meta.dirname, '../../content');

describe('the content corpus', () => {
  const content = loadAllContent(root);

  it('loads every file with valid frontmatter and cross-references', () => {
    expect(content.guides.length).toBeGreaterThanOrEqual(15);
    expect(content.courses.length).toBeGreaterThanOrEqual(8);
    expect(content.paths.map((p) => p.slug).sort()).toEqual(['chef', 'medarbetare', 'politiker', 'strateg']);
    expect(content.checklists.map((c) => c.data.key)).toContain('cemr-artikel-6');
  });

  it('has a discussion guide for every course, whose time plans add up (issue 16)', () => {
    expect(content.discussionGuides.map((d) => d.data.course).sort()).toEqual(
      content.courses.map((c) => c.slug).sort(),
    );
  });

  it('refuses a discussion guide whose plan does not add up, or that shows a lesson the course lacks', () => {
    const guide = content.discussionGuides[0]!.data;
    const short = discussionGuideFrontmatterSchema.safeParse({ ...guide, plan30: guide.plan30.slice(1) });
    expect(short.success).toBe(false);
    expect(JSON.stringify(short.error?.issues)).toContain('30 minuter');
    const dir = mkdtempSync(path.join(tmpdir(), 'guides-'));
    for (const sub of ['guidance', 'paths', 'courses', 'checklists']) mkdirSync(path.join(dir, sub));
    mkdirSync(path.join(dir, 'discussion-guides'));
    writeFileSync(
      path.join(dir, 'discussion-guides', 'ingen-kurs.md'),
      `---\n${JSON.stringify({ ...guide, course: 'ingen-kurs' })}\n---\n`,
    );
    expect(() => loadAllContent(dir)).toThrow(/discussion-guides\/ingen-kurs.md: kursen finns inte/);
  });

  it('has the fixed pages the law asks for', () => {
    expect(loadPage('tillganglighet', root).body).toMatch(/DIGG/);
    expect(loadPage('personuppgifter', root).body).toMatch(/IMY|Integritetsskyddsmyndigheten/);
  });

  it('has the fixed pages in English too, with the same places for the generated parts of the statement', () => {
    const statement = loadPage('tillganglighet', root, 'en');
    expect(statement.locale).toBe('en');
    expect(statement.body).toMatch(/Digg/);
    expect(statement.body.match(/<!-- genereras: [a-z]+ -->/g)).toEqual(
      loadPage('tillganglighet', root).body.match(/<!-- genereras: [a-z]+ -->/g),
    );
    const privacy = loadPage('personuppgifter', root, 'en');
    expect(privacy.locale).toBe('en');
    expect(privacy.body).toMatch(/IMY/);
    expect(privacy.body).toMatch(/language/);
    // A page without an English version is the Swedish one, and says so.
    expect(loadPage('tillganglighet', root, 'sv').locale).toBe('sv');
  });

  it('gives every video lesson a captions file that exists', async () => {
    const { existsSync } = await import('node:fs');
    const videos = content.courses.flatMap((c) => c.lessons).filter((l) => l.data.kind === 'video');
    expect(videos.length).toBeGreaterThan(0);
    for (const lesson of videos) {
      if (lesson.data.kind !== 'video') continue;
      expect(existsSync(path.join(root, '../public', lesson.data.captions)), lesson.data.captions).toBe(true);
    }
  });
});

describe('frontmatter schemas', () => {
  const good = {
    title: 'Titel',
    summary: 'Sammanfattning',
    topics: ['grunder'],
    audiences: ['chef'],
    updated: '2026-11-27',
    sources: [{ title: 'Källa', publisher: 'SKR', url: 'https://skr.se/' }],
  };

  it('accepts a good guidance page', () => {
    expect(guideFrontmatterSchema.safeParse(good).success).toBe(true);
  });

  it.each([
    [{ ...good, topics: ['okänt'] }, 'topics.0'],
    [{ ...good, audiences: [] }, 'audiences'],
    [{ ...good, updated: '27/11/2026' }, 'updated'],
    [{ ...good, sources: [{ title: 'X', publisher: 'Y', url: 'javascript:alert(1)' }] }, 'sources.0.url'],
    [{ ...good, skrStep: 4 }, 'skrEdition'],
    [{ ...good, extra: true }, ''],
  ])('refuses bad frontmatter and names the field (%#)', (input, field) => {
    const result = guideFrontmatterSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('requires exactly one right answer per quiz question', () => {
    const quiz = (correct: boolean[]) => ({
      kind: 'quiz',
      title: 'Kunskapskontroll',
      passMark: 0.8,
      questions: [
        {
          question: 'Fråga?',
          options: correct.map((c, i) => ({ text: `Svar ${i}`, correct: c })),
          explanation: 'Därför.',
        },
      ],
    });
    expect(lessonFrontmatterSchema.safeParse(quiz([true, false])).success).toBe(true);
    expect(lessonFrontmatterSchema.safeParse(quiz([true, true])).success).toBe(false);
    expect(lessonFrontmatterSchema.safeParse(quiz([false, false])).success).toBe(false);
  });

  it('names the file and the field when a content file is bad', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
    mkdirSync(path.join(dir, 'guidance'));
    writeFileSync(path.join(dir, 'guidance', 'trasig-sida.md'), '---\ntitle: ""\nsummary: x\n---\nText');
    expect(() => loadGuides(dir)).toThrow(/trasig-sida\.md: .*title/);
  });
});
