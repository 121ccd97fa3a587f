import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '@/lib/content/lix';
import { loadSelfAssessment } from '@/lib/content/loader';
import { plainTextOf } from '@/lib/search/text';
import { assessmentAreaKeys, audienceKeys, selfAssessmentFrontmatterSchema } from '@/lib/validation/content';

// The self-assessment questionnaire (issue 17) is content: strategists edit it like other pages.
// These checks keep an edit from breaking what the pages rely on: a valid frontmatter, recommended
// courses and guidance pages that exist, and a questionnaire of about five minutes for each audience.

const root = path.resolve(import.meta.dirname, '../../content');
const file = path.join(root, 'self-assessment', 'sjalvskattning.md');
const { data: raw, content: rawBody } = matter(readFileSync(file, 'utf8'));
const parsed = selfAssessmentFrontmatterSchema.safeParse(raw);

// 10–24 statements: fewer gives too thin a result per area, more takes well over five minutes.
const MIN_STATEMENTS = 10;
const MAX_STATEMENTS = 24;

const statementsFor = (audience: string) =>
  parsed.success
    ? parsed.data.areas.flatMap((a) =>
        a.statements.filter((s) => !s.audiences || s.audiences.includes(audience as never)),
      )
    : [];

describe('the self-assessment questionnaire (content/self-assessment/sjalvskattning.md)', () => {
  it('passes the frontmatter schema', () => {
    const issues = parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues).toEqual([]);
    expect(parsed.data?.areas.map((a) => a.key)).toEqual([...assessmentAreaKeys]);
  });

  it('recommends only courses and guidance pages that exist', () => {
    const data = parsed.data!;
    const missing = data.areas.flatMap((a) => [
      ...a.courses
        .filter(
          (c) => !(existsSync(path.join(root, 'courses', c)) && statSync(path.join(root, 'courses', c)).isDirectory()),
        )
        .map((c) => `${a.key}: courses/${c}/`),
      ...a.guides
        .filter((g) => !existsSync(path.join(root, 'guidance', `${g}.md`)))
        .map((g) => `${a.key}: guidance/${g}.md`),
    ]);
    expect(missing).toEqual([]);
    for (const area of data.areas) {
      expect(area.courses.length, `${area.key}: minst en kurs`).toBeGreaterThan(0);
      expect(area.guides.length, `${area.key}: minst en sida`).toBeGreaterThan(0);
    }
  });

  it(`gives each audience ${MIN_STATEMENTS}–${MAX_STATEMENTS} statements in total`, () => {
    const counts = Object.fromEntries(audienceKeys.map((a) => [a, statementsFor(a).length]));
    console.info(`Påståenden per målgrupp: ${JSON.stringify(counts)}`);
    for (const audience of audienceKeys) {
      expect(counts[audience], audience).toBeGreaterThanOrEqual(MIN_STATEMENTS);
      expect(counts[audience], audience).toBeLessThanOrEqual(MAX_STATEMENTS);
    }
  });

  it('names each statement after its area and gives no audience the same text twice', () => {
    for (const area of parsed.data!.areas)
      for (const s of area.statements) expect(s.key.startsWith(`${area.key}-`), s.key).toBe(true);
    for (const audience of audienceKeys) {
      const texts = statementsFor(audience).map((s) => s.text);
      expect(new Set(texts).size, audience).toBe(texts.length);
    }
  });

  it('has an introduction of 80–200 words that promises privacy for small groups', () => {
    const words = wordsOf(plainTextOf(rawBody).text).length;
    expect(words).toBeGreaterThanOrEqual(80);
    expect(words).toBeLessThanOrEqual(200);
    expect(rawBody).toMatch(/minst fem personer/);
  });

  it('loads through the content loader, which refuses a course or page that does not exist', () => {
    expect(loadSelfAssessment(root).data.version).toBeGreaterThanOrEqual(1);
    // A copy of the corpus with the real courses and pages, and a questionnaire that points elsewhere.
    const dir = mkdtempSync(path.join(tmpdir(), 'self-assessment-'));
    for (const sub of ['courses', 'guidance']) symlinkSync(path.join(root, sub), path.join(dir, sub));
    mkdirSync(path.join(dir, 'self-assessment'));
    const write = (data: unknown) =>
      writeFileSync(path.join(dir, 'self-assessment', 'sjalvskattning.md'), `---\n${JSON.stringify(data)}\n---\n`);
    write(parsed.data);
    expect(loadSelfAssessment(dir).data.areas).toHaveLength(assessmentAreaKeys.length);
    const broken = structuredClone(parsed.data!);
    broken.areas[0]!.courses = ['ingen-sadan-kurs'];
    broken.areas[1]!.guides = ['ingen-sadan-sida'];
    write(broken);
    expect(() => loadSelfAssessment(dir)).toThrow(
      'self-assessment/sjalvskattning.md: grunder: kursen "ingen-sadan-kurs" finns inte; strategin: sidan "ingen-sadan-sida" finns inte',
    );
  });
});
