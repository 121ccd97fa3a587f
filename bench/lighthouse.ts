// Speed as a phone user feels it (issue 18, part 9): Lighthouse's performance score with its
// default mobile emulation (a mid-range phone, throttled CPU and network), median of 3 runs per
// page, for the start page, a guidance page, a lesson and /min-sida (the last two signed in).
// Lighthouse is fetched by npx at a pinned version when the bench runs, so the portal's own
// install stays lean; it drives the same Chromium as the end-to-end tests.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Fixtures } from './fixtures';
import type { SessionPerson } from './sessions';

export const LIGHTHOUSE = 'lighthouse@13.5.0';
export const LIGHTHOUSE_RUNS = 3;

export type LighthouseRun = { score: number; tbtMs: number; lcpMs: number; cls: number };
export type LighthousePage = { label: string; path: string; runs: LighthouseRun[]; median: number };

type Options = {
  origin: string;
  fixtures: Fixtures;
  cookieOf: (p: SessionPerson) => Promise<string>;
  log: (line: string) => void;
};

type Report = {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue: number }>;
};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function readReport(json: string): LighthouseRun {
  const report = JSON.parse(json) as Report;
  return {
    score: Math.round(report.categories.performance.score * 100),
    tbtMs: report.audits['total-blocking-time']!.numericValue,
    lcpMs: report.audits['largest-contentful-paint']!.numericValue,
    cls: report.audits['cumulative-layout-shift']!.numericValue,
  };
}

// Lighthouse now and then fails to record a page load ("NO_NAVSTART"): such a run is tried again,
// up to 3 times, rather than losing the whole bench to it.
async function measure(url: string, headers: Record<string, string> | null, chrome: string, log: Options['log']) {
  for (let attempt = 1; ; attempt++) {
    try {
      const { stdout } = await promisify(execFile)(
        'npx',
        [
          '--yes',
          LIGHTHOUSE,
          url,
          '--only-categories=performance',
          '--output=json',
          '--output-path=stdout',
          '--quiet',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
          ...(headers ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
        ],
        { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 256 * 1024 * 1024 },
      );
      return readReport(stdout);
    } catch (error) {
      if (attempt >= 3) throw error;
      // Lighthouse's own reason, not the command line (it holds the session cookie).
      const reason =
        String((error as { stderr?: string }).stderr ?? '')
          .trim()
          .split('\n')
          .at(-1) || 'okänt fel';
      log(`Lighthouse misslyckades med ${url} (försök ${attempt}), försöker igen: ${reason}`);
    }
  }
}

/** Null when no Chromium is found (the load figures are still measured and written). */
export async function runLighthouse(o: Options): Promise<LighthousePage[] | null> {
  const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chrome)) {
    o.log(`Lighthouse hoppas över: ingen Chromium i ${chrome} (sätt CHROMIUM_PATH).`);
    return null;
  }
  const learner = o.fixtures.learners[0]!;
  const lesson = o.fixtures.todo.find((t) => t.person.id === learner.id) ?? o.fixtures.todo[0]!;
  const pages = [
    { label: 'Startsidan', path: '/' },
    { label: 'Vägledningssida', path: `/vagledning/${o.fixtures.guideSlug}` },
    { label: 'Lektion (inloggad)', path: `/kurser/${lesson.courseSlug}/${lesson.lessonSlug}`, person: lesson.person },
    { label: 'Min sida (inloggad)', path: '/min-sida', person: learner },
  ];
  const out: LighthousePage[] = [];
  for (const page of pages) {
    const headers = page.person ? { Cookie: await o.cookieOf(page.person) } : null;
    const runs: LighthouseRun[] = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++)
      runs.push(await measure(`${o.origin}${page.path}`, headers, chrome, o.log));
    const result = { label: page.label, path: page.path, runs, median: median(runs.map((r) => r.score)) };
    o.log(`Lighthouse ${page.label}: ${runs.map((r) => r.score).join(', ')} (median ${result.median}).`);
    out.push(result);
  }
  return out;
}
