import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGuides, guideToMarkdown } from '@/lib/content/export';
import { loadAllContent, loadGuides } from '@/lib/content/loader';
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
    }
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
    expect(result.removed.sort()).toEqual(['jamstalldhetsanalys', 'vad-ar-jamstalldhet']);
    const { guides } = loadAllContent(out);
    expect(guides.map((g) => g.slug)).toContain('analys');
    expect(guides.flatMap((g) => g.data.related)).not.toContain('vad-ar-jamstalldhet');
    expect(guides.flatMap((g) => g.data.related)).toContain('analys');
  });
});
