import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accessibilityAudit as audit,
  axePageCount,
  notFoundPath,
  statusMatchesShortcomings,
} from '@/lib/accessibility/audit';
import { auditEnglish, auditIn } from '@/lib/accessibility/audit-en';
import type { AccessibilityAudit } from '@/lib/accessibility/audit';
import { splitStatement, statementSlots } from '@/lib/accessibility/statement';
import { loadPage } from '@/lib/content/loader';

// The accessibility statement (/om/tillganglighet) says what the tests check. These tests read the
// end-to-end specs and app/ as text and fail when the statement claims more than they do, or
// leaves out a page or a focus check that was added later.

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

const specs = readdirSync(path.join(root, 'tests/e2e'))
  .filter((f) => f.endsWith('.spec.ts'))
  .map((f) => ({ file: `tests/e2e/${f}`, source: read(`tests/e2e/${f}`) }));
const axeSpecs = specs.filter((s) => /\bexpectNoAxeViolations\(\w+\)/.test(s.source));

const scanned = audit.axe.areas.flatMap((a) => a.paths);
const isPattern = (p: string) => p.includes('[');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The path as a string in the source: quoted, and ended by a quote or a query. */
const quotedIn = (source: string, p: string) => new RegExp(`['"\`]${escape(p)}['"\`?]`).test(source);

/** Does a listed path (with [segments]) stand for a concrete address that a spec opens? */
function standsFor(listed: string, address: string): boolean {
  const a = listed.split('/');
  const b = address.split('?')[0]!.split('/');
  return a.length === b.length && a.every((seg, i) => seg === b[i] || (isPattern(seg) && b[i] !== ''));
}

/**
 * Every page in app/, as its address: route groups and the language (app/[locale], which readers
 * never see in an address) dropped, dynamic segments kept as [name].
 */
function appPages(dir = path.join(root, 'app'), segments: string[] = []): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const hidden = /^\(.+\)$/.test(name) || (name === '[locale]' && segments.length === 0);
    if (statSync(full).isDirectory()) return appPages(full, hidden ? segments : [...segments, name]);
    return name === 'page.tsx' ? [`/${segments.join('/')}`] : [];
  });
}

// Checks that keyboard focus lands where it should, or that use by keyboard alone works.
const focusCheck = /\.toBeFocused\(\)|\bkeyboard\.(press|type|down)\(|\.press\('[^']+'\)|\.focus\(\)/;

describe('the pages the statement says axe scans', () => {
  it('are opened by a spec that runs axe: every path without [segments] is written in one', () => {
    expect(axeSpecs.map((s) => s.file)).toContain('tests/e2e/a11y.spec.ts');
    const missing = scanned.filter((p) => !isPattern(p) && !axeSpecs.some((s) => quotedIn(s.source, p)));
    expect(missing, 'inget test med axe öppnar de här sidorna').toEqual([]);
  });

  it('include every page in the page lists of the axe specs', () => {
    const listed = axeSpecs.flatMap((s) =>
      [...s.source.matchAll(/\bpath: (?:async \(\) => )?'(\/[^']*)'/g)].map((m) => ({ file: s.file, address: m[1]! })),
    );
    expect(listed.length).toBeGreaterThan(40);
    const left = listed.filter((l) => !scanned.some((p) => standsFor(p, l.address)));
    expect(
      left.map((l) => `${l.file}: ${l.address}`),
      'lägg sidan i lib/accessibility/audit.ts',
    ).toEqual([]);
  });

  it('are real pages, and every page in app/ is either scanned or listed as not scanned yet', () => {
    const pages = appPages();
    expect(pages).toContain('/om/tillganglighet');
    const claimed = [...scanned.filter((p) => p !== notFoundPath), ...audit.notScanned];
    expect(new Set(claimed).size, 'en sida står två gånger').toBe(claimed.length);
    expect(
      claimed.filter((p) => !pages.includes(p)),
      'finns inte i app/',
    ).toEqual([]);
    expect(
      pages.filter((p) => !claimed.includes(p)),
      'saknas i lib/accessibility/audit.ts',
    ).toEqual([]);
    expect(axePageCount(audit)).toBe(scanned.length);
  });

  it('are scanned with the WCAG 2.1 A and AA rules and at the phone width the statement gives', () => {
    const helpers = read('tests/e2e/support/helpers.ts');
    expect(helpers).toContain(`withTags([${audit.axe.tags.map((t) => `'${t}'`).join(', ')}])`);
    expect(helpers).toContain(`const PHONE_WIDTH = ${audit.reflowWidth};`);
    const start = helpers.indexOf('export async function expectNoAxeViolations(');
    const body = helpers.slice(start, helpers.indexOf('\n}\n', start));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(body, 'varje sida som axe kontrollerar ska också kontrolleras på mobil bredd').toContain(
      'await expectNoSidewaysScroll(page);',
    );
  });
});

describe('the focus checks the statement lists', () => {
  it('are specs that exist and check focus or keyboard use', () => {
    for (const check of audit.focusChecks) {
      expect(existsSync(path.join(root, check.spec)), check.spec).toBe(true);
      expect(focusCheck.test(read(check.spec)), `${check.spec} kontrollerar inte fokus`).toBe(true);
      expect(check.what.length).toBeGreaterThan(20);
    }
  });

  it('include every spec that checks focus or keyboard use', () => {
    const listed = new Set<string>(audit.focusChecks.map((c) => c.spec));
    const unlisted = specs.filter((s) => focusCheck.test(s.source) && !listed.has(s.file)).map((s) => s.file);
    expect(unlisted, 'beskriv testet i lib/accessibility/audit.ts').toEqual([]);
  });
});

describe('the status and the shortcomings', () => {
  it('lists shortcomings exactly when the status is "delvis förenlig"', () => {
    expect(audit.shortcomings.length > 0).toBe(audit.status === 'delvis förenlig');
    expect(statusMatchesShortcomings(audit)).toBe(true);
    expect(statusMatchesShortcomings({ status: 'förenlig', shortcomings: audit.shortcomings })).toBe(false);
    expect(statusMatchesShortcomings({ status: 'delvis förenlig', shortcomings: [] })).toBe(false);
  });

  it('gives each shortcoming a WCAG criterion, a reason and an alternative', () => {
    for (const s of audit.shortcomings) {
      expect(s.criteria.length, s.title).toBeGreaterThan(0);
      for (const c of s.criteria) expect(c.id, s.title).toMatch(/^[1-4]\.\d{1,2}\.\d{1,2}$/);
      expect(s.reason.length, s.title).toBeGreaterThan(10);
      expect(s.alternative.length, s.title).toBeGreaterThan(10);
    }
  });

  it('does not claim the W3C HTML checker, which the project does not run', () => {
    const sources = [...specs.map((s) => s.source), read('package.json')].join('\n');
    expect(sources).not.toMatch(/validator\.w3\.org|vnu/i);
    expect(audit.untested.some((u) => u.includes('Nu HTML Checker'))).toBe(true);
  });
});

describe('the generated parts in English (lib/accessibility/audit-en.ts)', () => {
  const english = auditIn('en');
  const texts = (a: AccessibilityAudit) => [
    ...a.axe.areas.map((x) => x.area),
    ...a.focusChecks.map((f) => f.what),
    ...a.untested,
    ...a.shortcomings.flatMap((s) => [s.title, s.problem, s.reason, s.alternative, ...s.criteria.map((c) => c.name)]),
  ];

  it('has English for every area, focus check, untested point and shortcoming, and only for those', () => {
    expect(Object.keys(auditEnglish.areas).sort()).toEqual(audit.axe.areas.map((a) => a.area).sort());
    expect(Object.keys(auditEnglish.focusChecks).sort()).toEqual(audit.focusChecks.map((f) => f.spec).sort());
    expect(auditEnglish.untested).toHaveLength(audit.untested.length);
    expect(auditEnglish.shortcomings.map((s) => s.criteria.length)).toEqual(
      audit.shortcomings.map((s) => s.criteria.length),
    );
    // Nothing Swedish is left: no text equal to its Swedish one, and no Swedish letters.
    const swedish = texts(audit);
    expect(texts(english).filter((text, i) => text === swedish[i] && text !== 'Administration')).toEqual([]);
    expect(texts(english).filter((text) => /[åäö]/i.test(text))).toEqual([]);
  });

  it('states the same facts: the same pages, specs, criteria and counts', () => {
    expect(english.axe.areas.map((a) => a.paths)).toEqual(audit.axe.areas.map((a) => a.paths));
    expect(axePageCount(english)).toBe(axePageCount(audit));
    expect(english.focusChecks.map((f) => f.spec)).toEqual(audit.focusChecks.map((f) => f.spec));
    expect(english.shortcomings.map((s) => s.criteria.map((c) => c.id))).toEqual(
      audit.shortcomings.map((s) => s.criteria.map((c) => c.id)),
    );
    expect(english.notScanned).toEqual(audit.notScanned);
    expect(english.untested.some((u) => u.includes('Nu HTML Checker'))).toBe(true);
    expect(auditIn('sv')).toBe(audit);
  });
});

describe('the statement page (content/pages/tillganglighet.md)', () => {
  const { data, body } = loadPage('tillganglighet');

  it('gives the same status as lib/accessibility/audit.ts', () => {
    expect(body).toContain(`**${audit.status}**`);
    expect(audit.assessedOn <= data.updated, 'bedömningen kan inte vara nyare än redogörelsen').toBe(true);
  });

  it('marks the place of each generated section once, in order', () => {
    expect(splitStatement(body).map((p) => p.slot)).toEqual([...statementSlots, null]);
    expect(splitStatement('Text\n<!-- genereras: okand -->\nMer').map((p) => p.slot)).toEqual([null, null]);
  });
});
