import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGuides, guideToMarkdown, guideVersionToMarkdown } from '@/lib/content/export';
import { ContentError, loadAllContent, loadGuides } from '@/lib/content/loader';
import { createDb, type Db } from '@/lib/db-factory';
import { contentFromFrontmatter } from '@/lib/validation/guide';
import { seedGuides } from '../../prisma/seed/guides';
import { runMigrations } from '../../scripts/migrate';
import { createTempDb, engine, type TempDb } from '../support/test-db';

// The corpus round-trips through the database: content/ → seed → export → content/ gives the
// same pages, byte for byte, so exporting an unchanged database changes no file in git.
const contentRoot = path.resolve(import.meta.dirname, '../../content');
const corpus = loadGuides(contentRoot);

describe('the guidance file format', () => {
  it('writes every corpus file exactly as it is', () => {
    for (const guide of corpus) {
      const original = readFileSync(path.join(contentRoot, 'guidance', `${guide.slug}.md`), 'utf8');
      expect(guideToMarkdown(contentFromFrontmatter(guide.data, guide.body)), guide.slug).toBe(original);
    }
  });

  it('writes every English version exactly as it is, and has some', () => {
    const english = corpus.filter((guide) => guide.translations.en);
    expect(english.map((g) => g.slug)).toContain('jamstalldhetsintegrering');
    for (const guide of english) {
      const original = readFileSync(path.join(contentRoot, 'guidance', 'en', `${guide.slug}.md`), 'utf8');
      expect(guideVersionToMarkdown(guide.translations.en!), guide.slug).toBe(original);
    }
  });

  it('refuses an English version of a page that does not exist in Swedish', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'guide-orphan-'));
    mkdirSync(path.join(root, 'guidance', 'en'), { recursive: true });
    writeFileSync(
      path.join(root, 'guidance', 'en', 'saknas.md'),
      guideVersionToMarkdown({ title: 'Gone', summary: 'No Swedish page.', body: 'Text' }),
    );
    expect(() => loadGuides(root)).toThrow(ContentError);
    expect(() => loadGuides(root)).toThrow(/ingen svensk sida/);
    rmSync(root, { recursive: true, force: true });
  });

  it('quotes text that YAML would otherwise misread', () => {
    const title = 'Ja: "nej" # ingen kommentar – å, ä, ö';
    const tricky = contentFromFrontmatter(
      { ...corpus[0]!.data, title, summary: 'yes', skrEdition: '2023/24', skrStep: 2 },
      'Text\n\n---\n\nMer text',
    );
    const root = mkdtempSync(path.join(tmpdir(), 'guide-format-'));
    mkdirSync(path.join(root, 'guidance'));
    writeFileSync(path.join(root, 'guidance', 'knepig.md'), guideToMarkdown(tricky));
    const [loaded] = loadGuides(root);
    rmSync(root, { recursive: true, force: true });
    expect(loaded).toMatchObject({
      slug: 'knepig',
      body: 'Text\n\n---\n\nMer text',
      data: { title, summary: 'yes', skrEdition: '2023/24', skrStep: 2 },
    });
  });
});

describe(`export from the database (${engine})`, () => {
  let temp: TempDb;
  let db: Db;
  let out: string;

  beforeAll(async () => {
    temp = await createTempDb();
    await runMigrations({ url: temp.url });
    db = createDb(temp.url);
    out = mkdtempSync(path.join(tmpdir(), 'export-'));
  });
  afterAll(async () => {
    await db.$disconnect();
    await temp.drop();
    rmSync(out, { recursive: true, force: true });
  });

  it('seeds once, exports, and loads back the same corpus', async () => {
    const org = await db.organisation.create({
      data: { slug: 'export', name: 'Exportkommun', kind: 'KOMMUN' },
      select: { id: true },
    });
    expect(await seedGuides(db, org.id, contentRoot)).toBe(corpus.length);
    expect(await seedGuides(db, org.id, contentRoot)).toBe(0);

    const result = await exportGuides({ db, organisationId: org.id, dir: path.join(out, 'guidance') });
    expect(result.written).toHaveLength(corpus.length);
    const again = loadGuides(out);
    expect(again).toEqual(corpus);
    for (const guide of corpus) {
      expect(readFileSync(path.join(out, 'guidance', `${guide.slug}.md`), 'utf8')).toBe(
        readFileSync(path.join(contentRoot, 'guidance', `${guide.slug}.md`), 'utf8'),
      );
      if (!guide.translations.en) continue;
      expect(readFileSync(path.join(out, 'guidance', 'en', `${guide.slug}.md`), 'utf8')).toBe(
        readFileSync(path.join(contentRoot, 'guidance', 'en', `${guide.slug}.md`), 'utf8'),
      );
    }
  });

  it('gives a page only the seed has written the English added to content/ since, and leaves an edited page alone', async () => {
    const org = await db.organisation.findUniqueOrThrow({ where: { slug: 'export' }, select: { id: true } });
    const revisionOf = (slug: string) =>
      db.guideRevision.findFirstOrThrow({
        where: { page: { organisationId: org.id, slug } },
        orderBy: { number: 'desc' },
        select: { id: true, translations: true },
      });
    // As an installation seeded before the English existed.
    const seeded = await revisionOf('for-chefer');
    const edited = await revisionOf('for-strateger');
    expect(JSON.parse(seeded.translations)).toHaveProperty('en.title');
    await db.guideRevision.updateMany({ where: { id: { in: [seeded.id, edited.id] } }, data: { translations: '{}' } });
    // An editor saves the strategists' page (a second revision, with an author).
    const editor = await db.user.create({
      data: { email: 'redaktor@export.test', name: 'Redaktör', organisationId: org.id },
    });
    const page = await db.guidePage.findFirstOrThrow({
      where: { organisationId: org.id, slug: 'for-strateger' },
      select: { id: true },
    });
    const first = await db.guideRevision.findUniqueOrThrow({ where: { id: edited.id } });
    await db.guideRevision.create({
      data: {
        ...first,
        id: undefined,
        createdAt: undefined,
        number: 2,
        authorId: editor.id,
        note: 'Ändrad',
        pageId: page.id,
      },
    });

    expect(await seedGuides(db, org.id, contentRoot)).toBe(0);
    expect(JSON.parse((await revisionOf('for-chefer')).translations).en.title).toBe(
      corpus.find((g) => g.slug === 'for-chefer')!.translations.en!.title,
    );
    expect((await revisionOf('for-strateger')).translations).toBe('{}');
  });

  it('leaves out unpublished pages and follows renames in related links', async () => {
    const org = await db.organisation.findUniqueOrThrow({ where: { slug: 'export' }, select: { id: true } });
    await db.guidePage.update({
      where: { organisationId_slug: { organisationId: org.id, slug: 'vad-ar-jamstalldhet' } },
      data: { status: 'UNPUBLISHED' },
    });
    await db.guidePage.update({
      where: { organisationId_slug: { organisationId: org.id, slug: 'jamstalldhetsanalys' } },
      data: { slug: 'analys' },
    });
    await db.slugRedirect.create({
      data: { organisationId: org.id, kind: 'guide', fromSlug: 'jamstalldhetsanalys', toSlug: 'analys' },
    });

    const result = await exportGuides({ db, organisationId: org.id, dir: path.join(out, 'guidance') });
    // The unpublished page's English file goes with it, as does the English the test above took
    // from the strategists' page.
    expect(result.removed.sort()).toEqual([
      'en/for-strateger',
      'en/vad-ar-jamstalldhet',
      'jamstalldhetsanalys',
      'vad-ar-jamstalldhet',
    ]);
    const { guides } = loadAllContent(out);
    expect(guides.map((g) => g.slug)).toContain('analys');
    expect(guides.flatMap((g) => g.data.related)).not.toContain('vad-ar-jamstalldhet');
    expect(guides.flatMap((g) => g.data.related)).toContain('analys');
  });
});
