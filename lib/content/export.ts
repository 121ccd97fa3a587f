// Writes guidance pages in the format of content/guidance/*.md (content/README.md), laid out the
// way the hand-written files are, so that exporting an unchanged database changes no file and a
// real edit shows up as a small diff in version control. A page's version in another language goes
// to <locale>/<slug>.md when it matches the Swedish page (lib/guides/translations.ts).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '@/lib/db-factory';
import { guideVersion, versionMatches } from '@/lib/guides/translations';
import { defaultLocale, locales } from '@/lib/i18n/config';
import { parseMeta, type GuideContent } from '@/lib/validation/guide';

// JSON strings are valid YAML double-quoted strings, so they carry any text safely.
const quote = (value: string) => JSON.stringify(value);
const list = (values: readonly string[]) => `[${values.join(', ')}]`;

export function guideToMarkdown(content: GuideContent): string {
  const { meta } = content;
  const lines = [
    '---',
    `title: ${quote(content.title)}`,
    `summary: ${quote(content.summary)}`,
    `topics: ${list(meta.topics)}`,
    `audiences: ${list(meta.audiences)}`,
    `updated: ${meta.updated}`,
  ];
  if (meta.skrStep !== undefined) lines.push(`skrStep: ${meta.skrStep}`);
  if (meta.skrEdition !== undefined) lines.push(`skrEdition: ${quote(meta.skrEdition)}`);
  if (meta.related.length > 0) lines.push(`related: ${list(meta.related)}`);
  lines.push('sources:');
  for (const source of meta.sources) {
    lines.push(`  - title: ${quote(source.title)}`, `    publisher: ${quote(source.publisher)}`);
    if (source.url) lines.push(`    url: ${quote(source.url)}`);
    if (source.date) lines.push(`    date: ${source.date}`);
  }
  lines.push('---');
  return `${lines.join('\n')}\n${content.body.trim()}\n`;
}

/** A page's version in another language: its texts only (content/guidance/<locale>/<slug>.md). */
export function guideVersionToMarkdown(version: { title: string; summary: string; body: string }): string {
  const lines = ['---', `title: ${quote(version.title)}`, `summary: ${quote(version.summary)}`, '---'];
  return `${lines.join('\n')}\n${version.body.trim()}\n`;
}

export type ExportResult = { written: string[]; removed: string[] };

/**
 * Writes the organisation's published pages to `<dir>/<slug>.md` and removes the files of pages
 * that are no longer published there, so the folder mirrors what readers see. Related slugs go
 * through renames and drop pages that are not exported, so the files pass the loader's checks.
 */
export async function exportGuides({ db, organisationId, dir }: { db: Db; organisationId: string; dir: string }): Promise<ExportResult> {
  const pages = await db.guidePage.findMany({
    where: { organisationId, status: 'PUBLISHED', publishedRevisionId: { not: null } },
    select: { slug: true, publishedRevisionId: true },
    orderBy: { slug: 'asc' },
  });
  const revisions = await db.guideRevision.findMany({
    where: { id: { in: pages.map((p) => p.publishedRevisionId!) } },
    select: { id: true, title: true, summary: true, body: true, meta: true, translations: true },
  });
  const redirects = new Map(
    (await db.slugRedirect.findMany({ where: { organisationId, kind: 'guide' }, select: { fromSlug: true, toSlug: true } })).map((r) => [r.fromSlug, r.toSlug]),
  );
  const exported = new Set(pages.map((p) => p.slug));
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const versions = new Map(otherLocales.map((locale) => [locale, new Set<string>()]));
  for (const page of pages) {
    const revision = revisions.find((r) => r.id === page.publishedRevisionId)!;
    const meta = parseMeta(revision.meta);
    const related = [...new Set(meta.related.map((slug) => redirects.get(slug) ?? slug))].filter((slug) => exported.has(slug) && slug !== page.slug);
    const file = path.join(dir, `${page.slug}.md`);
    writeFileSync(file, guideToMarkdown({ ...revision, meta: { ...meta, related } }));
    written.push(page.slug);
    for (const locale of otherLocales) {
      const version = guideVersion(revision.translations, locale);
      if (!version || !versionMatches(revision, version)) continue;
      mkdirSync(path.join(dir, locale), { recursive: true });
      writeFileSync(path.join(dir, locale, `${page.slug}.md`), guideVersionToMarkdown(version));
      versions.get(locale)!.add(page.slug);
    }
  }
  const removed = [
    ...removeOthers(dir, exported, ''),
    ...otherLocales.flatMap((locale) => removeOthers(path.join(dir, locale), versions.get(locale)!, `${locale}/`)),
  ];
  return { written, removed };
}

const otherLocales = locales.filter((locale) => locale !== defaultLocale);

/** Removes the Markdown files in `dir` that are not of `kept` slugs; names them with `prefix`. */
function removeOthers(dir: string, kept: ReadonlySet<string>, prefix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !kept.has(f.slice(0, -3)))
    .map((f) => {
      rmSync(path.join(dir, f));
      return `${prefix}${f.slice(0, -3)}`;
    });
}
