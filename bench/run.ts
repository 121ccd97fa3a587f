// `npm run bench` (issue 9): generates the synthetic municipalities in the bench database, builds
// the production app if needed, starts it on 127.0.0.1 and loads it as signed-in people of the
// right roles. Prints a table with every scenario as a ratio to the floors of the same run,
// checks the targets and writes bench/results/<engine>.{json,md}.
// Options: --build (build again even if the source is unchanged). Environment: BENCH_PORT
// (default 3400), BENCH_SECONDS (per measurement, default 10), BENCH_DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDriver } from '../scripts/migrate';
import { ensureBuild } from './build';
import { chooseDatabase } from './database';
import { checkProgressRows, loadFixtures } from './fixtures';
import { generate } from './generate';
import { actionBody, completeLessonActionId } from './lesson-action';
import { cycle, measure, warmUp, type BenchRequest, type Measurement } from './load';
import { renderMarkdown, renderText, type Meta, type Row } from './report';
import { sampleMemory, startServer, type MemoryPeak } from './server';
import { sessionCookie, type SessionPerson } from './sessions';
import { evaluateTargets, type Pair } from './targets';

const ROOT = path.resolve(import.meta.dirname, '..');
const log = (line: string) => process.stderr.write(`${line}\n`);

type Check = (status: number, body: string) => boolean;
const page =
  (marker: string): Check =>
  (status, body) =>
    status === 200 && body.includes(marker);

async function main() {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const port = Number(process.env.BENCH_PORT ?? 3400);
  const origin = `http://127.0.0.1:${port}`;
  const database = chooseDatabase(process.env);
  const loadAtStart = os.loadavg()[0]!;
  log(`Bench-databas: ${database.label} (${database.engine}). Genererar organisationerna …`);
  const generated = await generate(database);
  log(
    `Genererat på ${generated.seconds.toFixed(1)} s: ${generated.rows} rader (${generated.large.progressRows} + ${generated.small.progressRows} rader lektionsframsteg).`,
  );

  const secret = randomBytes(32).toString('base64url');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: origin,
    PORTAL_HOST_ORG: generated.large.slug,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.SMTP_URL;
  const buildSeconds = ensureBuild({ env, force: process.argv.includes('--build'), log });
  log(
    buildSeconds === null
      ? 'Källkoden är oförändrad sedan förra bygget: det återanvänds (--build bygger om).'
      : `Byggt på ${buildSeconds.toFixed(0)} s.`,
  );

  const driver = await openDriver(database.url);
  const fixtures = await loadFixtures(driver, generated);
  const cookies = new Map<string, string>();
  const cookieOf = async (p: SessionPerson) =>
    cookies.get(p.id) ?? (cookies.set(p.id, await sessionCookie(p, secret)), cookies.get(p.id)!);
  for (const p of fixtures.learners) await cookieOf(p);
  const as = async (p: SessionPerson, path: string): Promise<BenchRequest> => ({
    path,
    headers: { cookie: await cookieOf(p) },
  });
  const learnerRequests = (path: string) => Promise.all(fixtures.learners.slice(0, 50).map((p) => as(p, path)));

  const server = await startServer({ port, env, logFile: path.join(ROOT, 'bench/data/server.log') });
  const memory = sampleMemory(server.child.pid!);
  const answered = new Set<string>();
  const results: Record<string, Pair> = {};
  let lessonTwenty: Measurement | undefined;
  let peak: MemoryPeak;
  try {
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
    const verify = async (label: string, request: BenchRequest, pattern: RegExp) => {
      const res = await fetch(origin + request.path, { headers: request.headers, redirect: 'manual' });
      const match = pattern.exec(await res.text());
      if (res.status !== 200 || !match) throw new Error(`${label}: sidan visade inte det väntade (${res.status}).`);
      return match;
    };
    const teamCount = /(\d+)(?:<!-- -->)? personer, varav/;
    for (const [org, f] of [
      ['20 000', fixtures.large],
      ['2 000', fixtures.small],
    ] as const) {
      const shown = await verify(`Mitt team (${org})`, await as(f.manager, '/chef'), teamCount);
      if (Number(shown[1]) !== f.teamSize)
        throw new Error(`Mitt team (${org}) visar ${shown[1]} personer, databasen har ${f.teamSize}.`);
      log(`Chefen i ${org}-organisationen ser ${shown[1]} personer i sitt team.`);
    }

    log(`Mäter (${seconds} s per mätning) på ${origin} …`);
    results.floorA = await run('Golv a (/api/halsa)', [{ path: '/api/halsa' }], page('"status":"ok"'));
    results.floorB = await run('Golv b (/konto)', await learnerRequests('/konto'), page('Mitt konto'));
    results.guidance = await run('1 Vägledning', [{ path: `/vagledning/${fixtures.guideSlug}` }], (s) => s === 200);
    results.myPage = await run('2 Min sida', await learnerRequests('/min-sida'), page('Mina kurser'));

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
    // Each lesson is sent twice in a row, so the same person+lesson often arrives concurrently.
    const lessonOk = page('"status":"success"');
    results.lesson = await run('3 Lektion klar', writes, lessonOk, 2);
    const lessonNext = cycle(writes.slice(writes.length / 2), 2);
    lessonTwenty = await measure({
      origin,
      connections: 20,
      seconds,
      next: lessonNext,
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
  } finally {
    peak = memory.stop();
    await server.stop();
  }
  const writeCheck = await checkProgressRows(driver, answered);
  await driver.close();

  const r = results;
  const figures = {
    floorA: r.floorA!,
    floorB: r.floorB!,
    guidance: r.guidance!,
    myPage: r.myPage!,
    lesson: { ...r.lesson!, twenty: lessonTwenty! },
    team: { large: r['team-large']!, small: r['team-small']! },
    stats: { large: r['stats-large']!, small: r['stats-small']! },
    statsFiltered: { large: r['statsFiltered-large']!, small: r['statsFiltered-small']! },
    writeCheck,
    peakMemoryBytes: peak.peakTreeRss,
  };
  const targets = evaluateTargets(figures);
  const L = fixtures.large.teamSize;
  const S = fixtures.small.teamSize;
  const rows: Row[] = [
    { label: 'Golv a: route handler /api/halsa', people: '–', floor: null, pair: figures.floorA },
    { label: 'Golv b: inloggad sida /konto', people: '20 000', floor: null, pair: figures.floorB },
    { label: '1 Vägledningssida (anonym)', people: '–', floor: 'a', pair: figures.guidance },
    { label: '2 Min sida (medarbetare)', people: '20 000', floor: 'b', pair: figures.myPage },
    { label: '3 Lektion klar (Server Action)', people: '20 000', floor: 'b', pair: figures.lesson },
    { label: '3 Lektion klar, 20 anslutningar', people: '20 000', floor: 'b', only: figures.lesson.twenty },
    { label: `4 Mitt team (${L} personer)`, people: '20 000', floor: 'b', pair: figures.team.large },
    { label: `4 Mitt team (${S} personer)`, people: '2 000', floor: 'b', pair: figures.team.small },
    { label: '5 Statistik, hela organisationen', people: '20 000', floor: 'b', pair: figures.stats.large },
    { label: '5 Statistik, hela organisationen', people: '2 000', floor: 'b', pair: figures.stats.small },
    { label: '5 Statistik, en förvaltning', people: '20 000', floor: 'b', pair: figures.statsFiltered.large },
    { label: '5 Statistik, en förvaltning', people: '2 000', floor: 'b', pair: figures.statsFiltered.small },
  ];
  const floors = { a: figures.floorA, b: figures.floorB };
  const cpus = os.cpus();
  const meta: Meta = {
    date: new Date().toISOString(),
    engine: database.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL',
    database: database.label,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'okänd',
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
    node: process.version,
    next: (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/next/package.json'), 'utf8')) as { version: string })
      .version,
    secondsPerRun: seconds,
    generation: {
      seconds: generated.seconds,
      rows: generated.rows,
      people: [generated.large.people, generated.small.people],
      progressRows: [generated.large.progressRows, generated.small.progressRows],
    },
    buildSeconds,
    peakMemory: { treeRssBytes: peak.peakTreeRss, sumOfPeaksBytes: peak.sumOfPeaks, processes: peak.processes },
    writeCheck,
  };
  const text = renderText(rows, floors, targets);
  process.stdout.write(
    `\n${meta.engine}, ${meta.cpus} kärnor (${meta.cpuModel}), Node ${meta.node}, Next ${meta.next}, load average ${meta.loadAverage.start.toFixed(1)} → ${meta.loadAverage.end.toFixed(1)}. Data genererad på ${generated.seconds.toFixed(1)} s. ` +
      `Skrivvägen: ${writeCheck.pairs} person+lektion, ${writeCheck.duplicates} dubbletter, ${writeCheck.missing} saknas. ` +
      `Högsta minne ${(peak.peakTreeRss / 1024 ** 2).toFixed(0)} MiB.\nTider i ms; (1) = 1 anslutning, (10) = 10 anslutningar.\n\n${text}\n`,
  );
  const dir = path.join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const name = database.engine;
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify({ meta, rows, targets }, null, 2)}\n`);
  writeFileSync(path.join(dir, `${name}.md`), renderMarkdown(rows, floors, targets, meta));
  log(`\nResultaten finns i bench/results/${name}.json och ${name}.md.`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
