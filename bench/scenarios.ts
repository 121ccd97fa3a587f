// The measured scenarios, run against the started server: the two floors, then the scenarios,
// each at 1 and 10 connections (the lesson write also at 20), and the statistics views right after
// a write; then, on a server that remembers nothing, the statistics views computed from scratch;
// last the HR import. Before measuring, the
// managers' team pages are checked against the database, so a page that shows the wrong people
// cannot be fast by accident.
import type { Fixtures } from './fixtures';
import { viewsAfterWrites } from './after-write';
import { IMPORT_ROWS, importWhileReading, type ImportReading } from './import-scenario';
import { actionBody, completeLessonActionId } from './lesson-action';
import { cycle, measure, warmUp, type BenchRequest, type Measurement } from './load';
import type { SessionPerson } from './sessions';
import type { Pair } from './targets';

type Check = (status: number, body: string) => boolean;
const page =
  (marker: string): Check =>
  (status, body) =>
    status === 200 && body.includes(marker);

export type ScenarioOptions = {
  origin: string;
  seconds: number;
  fixtures: Fixtures;
  cookieOf: (person: SessionPerson) => Promise<string>;
  log: (line: string) => void;
  /** The import's number of new people (scenario 6), 20,000 unless given. */
  importRows?: number;
};

export type ScenarioResults = {
  results: Record<string, Pair>;
  lessonTwenty: Measurement;
  /** person:lesson tags the server answered with success, for the check of the write path. */
  answered: Set<string>;
  /** Each view read right after a write that changes its organisation's statistics. */
  afterWrite: Record<'stats' | 'statsFiltered' | 'compare', Measurement>;
};

/** The statistics views the comparison issue measures, as each signed-in person asks for them. */
export async function statisticsViews({ fixtures, cookieOf }: Pick<ScenarioOptions, 'fixtures' | 'cookieOf'>) {
  const as = async (p: SessionPerson, path: string): Promise<BenchRequest> => ({
    path,
    headers: { cookie: await cookieOf(p) },
  });
  return {
    stats: await as(fixtures.large.strategist, '/statistik'),
    statsFiltered: await as(fixtures.large.strategist, `/statistik?enhet=${fixtures.large.administrationId}`),
    statsSmall: await as(fixtures.small.strategist, '/statistik'),
    compare: await as(fixtures.small.strategist, '/statistik/jamfor'),
  };
}
const statsMarker = page('Ladda ner som CSV');
const compareMarker = page('per organisation och kön');

export async function runScenarios({
  origin,
  seconds,
  fixtures,
  cookieOf,
  log,
}: ScenarioOptions): Promise<ScenarioResults> {
  const answered = new Set<string>();
  const results: Record<string, Pair> = {};
  const as = async (p: SessionPerson, path: string): Promise<BenchRequest> => ({
    path,
    headers: { cookie: await cookieOf(p) },
  });
  const learnerRequests = (path: string) => Promise.all(fixtures.learners.slice(0, 50).map((p) => as(p, path)));
  const run = async (label: string, requests: BenchRequest[], ok: Check, repeat = 1): Promise<Pair> => {
    const next = cycle(requests, repeat);
    await warmUp(origin, next);
    const onFailure = (status: number, body: string) =>
      log(`  ! ${label}: oväntat svar ${status}: ${body.slice(0, 300).replace(/\s+/g, ' ')}`);
    const onSuccess = (tag: string) => void answered.add(tag);
    const one = await measure({ origin, connections: 1, seconds, next, ok, onFailure, onSuccess });
    const ten = await measure({ origin, connections: 10, seconds, next, ok, onFailure, onSuccess });
    log(
      `  ${label}: p95 ${one.p95.toFixed(1)} ms vid 1, ${ten.rps.toFixed(0)} req/s vid 10, ${one.errors + ten.errors} fel`,
    );
    return { one, ten };
  };

  await verifyTeams({ origin, fixtures, as, log });

  log(`Mäter (${seconds} s per mätning) på ${origin} …`);
  results.floorA = await run('Golv a (/api/halsa)', [{ path: '/api/halsa' }], page('"status":"ok"'));
  results.floorB = await run('Golv b (/konto)', await learnerRequests('/konto'), page('Mitt konto'));
  results.guidance = await run('1 Vägledning', [{ path: `/vagledning/${fixtures.guideSlug}` }], (s) => s === 200);
  results.myPage = await run('2 Min sida', await learnerRequests('/min-sida'), page('Mina kurser'));

  const writes = await lessonWrites({ origin, fixtures, cookieOf });
  // Each lesson is sent twice in a row, so the same person+lesson often arrives concurrently.
  const lessonOk = page('"status":"success"');
  results.lesson = await run('3 Lektion klar', writes, lessonOk, 2);
  const lessonTwenty = await measure({
    origin,
    connections: 20,
    seconds,
    next: cycle(writes.slice(writes.length / 2), 2),
    ok: lessonOk,
    onSuccess: (tag) => void answered.add(tag),
    onFailure: (s, b) => log(`  ! 3 Lektion klar (20): ${s}: ${b.slice(0, 300)}`),
  });
  log(`  3 Lektion klar vid 20 anslutningar: ${lessonTwenty.rps.toFixed(0)} req/s, ${lessonTwenty.errors} fel`);

  for (const [key, f] of [
    ['large', fixtures.large],
    ['small', fixtures.small],
  ] as const) {
    const tag = key === 'large' ? '20 000' : '2 000';
    results[`team-${key}`] = await run(`4 Mitt team (${tag})`, [await as(f.manager, '/chef')], page('Mitt team'));
    results[`stats-${key}`] = await run(
      `5 Statistik (${tag})`,
      [await as(f.strategist, '/statistik')],
      page('Ladda ner som CSV'),
    );
    results[`statsFiltered-${key}`] = await run(
      `5 Statistik, en förvaltning (${tag})`,
      [await as(f.strategist, `/statistik?enhet=${f.administrationId}`)],
      page('Ladda ner som CSV'),
    );
  }
  const views = await statisticsViews({ fixtures, cookieOf });
  results.compare = await run('7 Jämför organisationer (50 × 2 000)', [views.compare], compareMarker);

  const large = fixtures.completing.large;
  const half = Math.floor(large.length / 2);
  const after = (label: string, writes: typeof large, view: BenchRequest, marker: string) =>
    viewsAfterWrites({ origin, seconds, writes, view, marker, cookieOf }).then((m) => {
      log(`  ${label}, direkt efter en ändring: p95 ${m.p95.toFixed(1)} ms (${m.requests} visningar), ${m.errors} fel`);
      return m;
    });
  const afterWrite = {
    stats: await after('5 Statistik med kvartal (20 000)', large.slice(0, half), views.stats, 'Ladda ner som CSV'),
    statsFiltered: await after(
      '5 Statistik, en förvaltning (20 000)',
      large.slice(half),
      views.statsFiltered,
      'Ladda ner som CSV',
    ),
    compare: await after(
      '7 Jämför organisationer (50 × 2 000)',
      fixtures.completing.small,
      views.compare,
      'per organisation och kön',
    ),
  };
  return { results, lessonTwenty, answered, afterWrite };
}

/**
 * On a server started with STATS_CACHE_SECONDS=0: every view computed from the database, which is
 * what the first view after any write costs. One connection, so the figure is a latency.
 */
export async function runUncached({
  origin,
  seconds,
  fixtures,
  cookieOf,
  log,
}: ScenarioOptions): Promise<Record<'stats' | 'statsSmall' | 'statsFiltered' | 'compare', Measurement>> {
  const views = await statisticsViews({ fixtures, cookieOf });
  const one = async (label: string, request: BenchRequest, ok: Check) => {
    const next = cycle([request]);
    await warmUp(origin, next);
    const m = await measure({ origin, connections: 1, seconds, next, ok });
    log(`  ${label}, utan minne: p95 ${m.p95.toFixed(1)} ms, ${m.errors} fel`);
    return m;
  };
  return {
    stats: await one('5 Statistik med kvartal (20 000)', views.stats, statsMarker),
    statsSmall: await one('5 Statistik med kvartal (2 000)', views.statsSmall, statsMarker),
    statsFiltered: await one('5 Statistik, en förvaltning (20 000)', views.statsFiltered, statsMarker),
    compare: await one('7 Jämför organisationer (50 × 2 000)', views.compare, compareMarker),
  };
}

/** Last: the import adds 20,000 people to the large municipality while /min-sida is read. */
export async function runImport({
  origin,
  fixtures,
  cookieOf,
  log,
  importRows = IMPORT_ROWS,
}: ScenarioOptions): Promise<ImportReading> {
  const myPage = cycle(
    await Promise.all(
      fixtures.learners.slice(0, 50).map(async (p) => ({ path: '/min-sida', headers: { cookie: await cookieOf(p) } })),
    ),
  );
  const reading = await importWhileReading({
    origin,
    adminCookie: await cookieOf(fixtures.importer.admin),
    unitPaths: fixtures.importer.unitPaths,
    myPage,
    marker: 'Mina kurser',
    rows: importRows,
  });
  log(
    `  6 Min sida under HR-import (${importRows.toLocaleString('sv-SE')} rader): p95 ${reading.p95.toFixed(0)} ms, p99 ${reading.p99.toFixed(0)} ms, förhandsgranskningen ${reading.previewSeconds.toFixed(1)} s, importen ${reading.importSeconds.toFixed(1)} s, beredskapskollen högst ${reading.readinessMaxMs.toFixed(0)} ms, ${reading.errors} fel`,
  );
  return reading;
}

async function verifyTeams({
  origin,
  fixtures,
  as,
  log,
}: Pick<ScenarioOptions, 'origin' | 'fixtures' | 'log'> & {
  as: (p: SessionPerson, path: string) => Promise<BenchRequest>;
}) {
  const teamCount = /(\d+)(?:<!-- -->)? personer, varav/;
  for (const [org, f] of [
    ['20 000', fixtures.large],
    ['2 000', fixtures.small],
  ] as const) {
    const label = `Mitt team (${org})`;
    const request = await as(f.manager, '/chef');
    const res = await fetch(origin + request.path, { headers: request.headers, redirect: 'manual' });
    const shown = teamCount.exec(await res.text());
    if (res.status !== 200 || !shown) throw new Error(`${label}: sidan visade inte det väntade (${res.status}).`);
    if (Number(shown[1]) !== f.teamSize)
      throw new Error(`${label} visar ${shown[1]} personer, databasen har ${f.teamSize}.`);
    log(`Chefen i ${org}-organisationen ser ${shown[1]} personer i sitt team.`);
  }
}

/** Server Action posts that complete a lesson, one per lesson a learner has not done. */
export async function lessonWrites({
  origin,
  fixtures,
  cookieOf,
}: Pick<ScenarioOptions, 'origin' | 'fixtures' | 'cookieOf'>): Promise<BenchRequest[]> {
  const actionId = completeLessonActionId();
  const writes: BenchRequest[] = [];
  for (const t of fixtures.todo.slice(0, 6000)) {
    const { body, contentType } = await actionBody({
      courseId: t.courseId,
      lessonId: t.lessonId,
      courseSlug: t.courseSlug,
      lessonSlug: t.lessonSlug,
    });
    writes.push({
      method: 'POST',
      path: `/kurser/${t.courseSlug}/${t.lessonSlug}`,
      headers: {
        cookie: await cookieOf(t.person),
        'next-action': actionId,
        'content-type': contentType,
        origin,
        accept: 'text/x-component',
      },
      body,
      tag: `${t.person.id}:${t.lessonId}`,
    });
  }
  return writes;
}
