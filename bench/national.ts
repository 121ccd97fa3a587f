// The national scenario of `npm run bench` (issue 20), `npm run bench -- --national`, PostgreSQL
// only: an installation of 300 organisations with 1,000,000 people (bench/org/sizes.ts), loaded in
// bulk with the statistics triggers off and the kept totals rebuilt after, then measured through
// nginx (deploy/nginx/portal.conf) in front of two `next start` instances, each in a folder of
// its own. Prints every figure with its target and writes bench/results/national.{json,md}.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { createDb } from '../lib/db-factory';
import { rebuildSql, REBUILD_WORK_MEM } from '../lib/data/stats-tally';
import { compactionSql } from '../lib/stats/tally-sql';
import { openDriver, runMigrations } from '../scripts/migrate';
import { instanceDir, startNginx, writeNginxConfig } from '../scripts/local-cluster';
import { seedGuides } from '../prisma/seed/guides';
import { viewsAfterWrites } from './after-write';
import { ensureBuild } from './build';
import { ensurePostgresDatabase, type BenchDatabase } from './database';
import { loadFixtures, type Fixtures } from './fixtures';
import { importWhileReading } from './import-scenario';
import { cycle, measure, warmUp, type BenchRequest } from './load';
import { buildCatalogue } from './org/learning';
import { buildOrganisation } from './org/shape';
import { NATIONAL, nationalSizes, nationalSpec } from './org/sizes';
import { BulkWriter, writeCatalogue, writeOrganisation, type WrittenOrg } from './org/write';
import { lessonWrites } from './scenarios';
import { benchEnv, sampleMemory, startServer, type MemoryPeak, type Server } from './server';
import { cookieJar, type SessionPerson } from './sessions';
import { loadCourses } from '../lib/content/loader';

const ROOT = path.resolve(import.meta.dirname, '..');
const log = (line: string) => process.stderr.write(`${line}\n`);
const GIB = 1024 ** 3;
/** Tables whose triggers keep the statistics' totals: off while loading, the totals rebuilt after. */
const COUNTED = ['User', 'Assignment', 'CourseCompletion', 'Course'];

export type NationalData = {
  organisations: number;
  people: number;
  rows: number;
  seconds: number;
  phases: Record<'load' | 'tallies' | 'analyse', number>;
  largest: WrittenOrg;
  reference: WrittenOrg;
};

export async function generateNational(database: BenchDatabase, now = new Date()): Promise<NationalData> {
  const started = performance.now();
  await ensurePostgresDatabase(database.url);
  await runMigrations({ url: database.url, reset: true });
  const driver = await openDriver(database.url);
  const writer = new BulkWriter(driver);
  const sizes = nationalSizes();
  const year = 365 * 24 * 60 * 60 * 1000;
  const orgs: WrittenOrg[] = [];
  const phases = { load: 0, tallies: 0, analyse: 0 };
  try {
    for (const table of COUNTED) await driver.exec(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    const bodies = loadCourses().flatMap((c) => c.lessons.filter((l) => l.data.kind === 'reading').map((l) => l.body));
    const first = nationalSpec(1, sizes[0]!);
    const catalogue = buildCatalogue(first.key, bodies);
    let mark = performance.now();
    for (const [i, size] of sizes.entries()) {
      const spec = nationalSpec(i + 1, size);
      await driver.transaction(async () => {
        if (i === 0) await writeCatalogue(writer, `${spec.key}-org`, catalogue, now);
        orgs.push(
          await writeOrganisation({
            writer,
            spec,
            catalogue,
            now,
            createdAt: new Date(now.getTime() - year),
            // Every organisation shares its figures (half by name): the comparison reads all 300.
            sharing: i % 2 === 0 ? 'named' : 'anonymous',
            // Lesson rows only where lessons are measured; everyone has assignments and completions.
            progress: i === 0 || size === NATIONAL.reference,
          }),
        );
      });
      if ((i + 1) % 50 === 0)
        log(`  ${i + 1} organisationer, ${writer.rows} rader (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
    phases.load = (performance.now() - mark) / 1000;
    mark = performance.now();
    for (const table of COUNTED) await driver.exec(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    // The planner's statistics first (autovacuum would take a while to notice 13 million rows;
    // without them the rebuild is planned for a few thousand rows and runs for minutes).
    await driver.exec('ANALYZE');
    // What `npm run stats:rebuild` does, then the daily job's merge of what has fallen due.
    await driver.transaction(async () => {
      await driver.exec(`SET LOCAL work_mem = '${REBUILD_WORK_MEM}'`);
      await driver.query(rebuildSql('postgresql', false));
      for (const { sql, params } of compactionSql('postgresql', now)) await driver.query(sql, params);
    });
    phases.tallies = (performance.now() - mark) / 1000;
    mark = performance.now();
    // As autovacuum would soon: the merge left dead rows that reads would otherwise step over.
    await driver.exec('VACUUM ANALYZE "StatsTally"');
    phases.analyse = (performance.now() - mark) / 1000;
  } finally {
    await driver.close();
  }
  const db = createDb(database.url);
  try {
    await seedGuides(db, orgs[0]!.organisationId);
  } finally {
    await db.$disconnect();
  }
  const reference = orgs.find((o) => o.people === NATIONAL.reference)!;
  return {
    organisations: orgs.length,
    people: orgs.reduce((s, o) => s + o.people, 0),
    rows: writer.rows,
    seconds: (performance.now() - started) / 1000,
    phases,
    largest: orgs[0]!,
    reference,
  };
}

/**
 * `--reuse-data`: the installation a previous run generated (the measurements change the largest
 * organisation a little: completions, and 20,000 people imported; generate again for a clean run).
 */
async function generatedBefore(database: BenchDatabase): Promise<NationalData> {
  const driver = await openDriver(database.url);
  try {
    const sizes = nationalSizes();
    const written = async (rank: number): Promise<WrittenOrg> => {
      const spec = nationalSpec(rank, sizes[rank - 1]!);
      const [row] = await driver.query<{ n: string | number }>(
        'SELECT COUNT(*) AS n FROM "User" WHERE "organisationId" = $1',
        [`${spec.key}-org`],
      );
      if (!row || Number(row.n) === 0)
        throw new Error('Bench-databasen har inte det nationella scenariots data: kör utan --reuse-data.');
      const shape = buildOrganisation(spec);
      return {
        organisationId: `${spec.key}-org`,
        slug: `bench-${spec.key}`,
        people: spec.people,
        units: shape.units.length,
        teamUnitId: shape.teamUnitId,
        progressRows: 0,
      };
    };
    const [total] = await driver.query<{ n: string | number }>('SELECT COUNT(*) AS n FROM "User"');
    return {
      organisations: sizes.length,
      people: Number(total!.n),
      rows: 0,
      seconds: 0,
      phases: { load: 0, tallies: 0, analyse: 0 },
      largest: await written(1),
      reference: await written(sizes.indexOf(NATIONAL.reference) + 1),
    };
  } finally {
    await driver.close();
  }
}

/** Waits up to 10 s for nginx to pass a request through; a run without it would measure nothing. */
async function untilAnswering(url: string, errorLog: string) {
  for (let i = 0; i < 100; i += 1) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx svarade inte på ${url} inom 10 s; se ${errorLog}.`);
}

/** Busy share of all cores between two readings of /proc/stat. */
function cpuReader() {
  const read = () => {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3]! + fields[4]!;
    return { idle, total: fields.reduce((a, b) => a + b, 0) };
  };
  const start = read();
  return () => {
    const end = read();
    return 1 - (end.idle - start.idle) / Math.max(1, end.total - start.total);
  };
}

type Figure = { label: string; value: string; target: string; met: boolean | null };

export async function runNational(database: BenchDatabase) {
  if (database.engine !== 'postgresql')
    throw new Error(
      'Det nationella scenariot körs på PostgreSQL: BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/portal_bench npm run bench -- --national',
    );
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const port = Number(process.env.BENCH_PORT ?? 3400);
  const ports = { nginx: port, a: port + 1, b: port + 2 };
  const origin = `http://127.0.0.1:${ports.nginx}`;
  const reuse = process.argv.includes('--reuse-data');
  log(
    `Nationellt scenario i ${database.label}: ${reuse ? 'använder de redan genererade' : 'genererar'} ${NATIONAL.organisations} organisationer …`,
  );
  const data = reuse ? await generatedBefore(database) : await generateNational(database);
  log(
    `Genererat på ${data.seconds.toFixed(0)} s: ${data.people} personer, ${data.rows} rader (inläsning ${data.phases.load.toFixed(0)} s, summor ${data.phases.tallies.toFixed(0)} s, VACUUM ${data.phases.analyse.toFixed(0)} s).`,
  );

  const secret = randomBytes(32).toString('base64url');
  const env = benchEnv({ databaseUrl: database.url, secret, origin, hostSlug: data.largest.slug });
  const built = ensureBuild({ env, force: process.argv.includes('--build'), log });
  if (built !== null) log(`Byggt på ${built.toFixed(0)} s.`);

  const driver = await openDriver(database.url);
  const fixtures = await loadFixtures(driver, {
    large: data.largest,
    small: data.reference,
    peers: 0,
    rows: 0,
    seconds: 0,
  });
  await driver.close();
  const cookieOf = cookieJar(secret);

  const runDir = path.join(os.tmpdir(), `portal-national-${port}`);
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  const servers: Server[] = [];
  const memory: ReturnType<typeof sampleMemory>[] = [];
  let nginx: ChildProcess | undefined;
  const figures: Figure[] = [];
  try {
    for (const [name, p] of [
      ['a', ports.a],
      ['b', ports.b],
    ] as const) {
      const server = await startServer({
        port: p,
        env,
        cwd: instanceDir(ROOT, runDir, name),
        logFile: path.join(runDir, `${name}.log`),
      });
      servers.push(server);
      memory.push(sampleMemory(server.child.pid!));
    }
    nginx = startNginx(
      runDir,
      writeNginxConfig({ root: ROOT, runDir, listen: ports.nginx, instances: [ports.a, ports.b] }),
    );
    await untilAnswering(`${origin}/api/halsa`, path.join(runDir, 'nginx-error.log'));
    figures.push(
      ...(await measureNational({
        origin,
        direct: `http://127.0.0.1:${ports.a}`,
        directB: `http://127.0.0.1:${ports.b}`,
        seconds,
        fixtures,
        cookieOf,
      })),
    );
  } finally {
    const peaks: MemoryPeak[] = memory.map((m) => m.stop());
    if (peaks.length) {
      const peak = Math.max(...peaks.map((p) => p.peakTreeRss));
      figures.push({
        label: 'Största minnet för en instans',
        value: `${(peak / GIB).toFixed(2)} GiB (${peaks.map((p) => `${(p.peakTreeRss / 2 ** 20).toFixed(0)} MiB`).join(', ')})`,
        target: '< 1 GiB',
        met: peak < GIB,
      });
    }
    if (nginx?.pid) process.kill(-nginx.pid, 'SIGTERM');
    for (const s of servers) await s.stop();
  }
  report({ data, figures, seconds });
}

async function measureNational(o: {
  origin: string;
  /** Instance A and B directly, without nginx. */
  direct: string;
  directB: string;
  seconds: number;
  fixtures: Fixtures;
  cookieOf: (p: SessionPerson) => Promise<string>;
}): Promise<Figure[]> {
  const { origin, seconds, fixtures, cookieOf } = o;
  const as = async (p: SessionPerson, path: string): Promise<BenchRequest> => ({
    path,
    headers: { cookie: await cookieOf(p) },
  });
  const page = (marker: string) => (status: number, body: string) => status === 200 && body.includes(marker);
  const run = async (
    label: string,
    at: string,
    connections: number,
    requests: BenchRequest[],
    ok: ReturnType<typeof page>,
    repeat = 1,
  ) => {
    const next = cycle(requests, repeat);
    await warmUp(at, next);
    const cpu = cpuReader();
    const m = await measure({
      origin: at,
      connections,
      seconds,
      next,
      ok,
      onFailure: (s, b) => log(`  ! ${label}: ${s}: ${b.slice(0, 200).replace(/\s+/g, ' ')}`),
    });
    const busy = cpu();
    log(
      `  ${label}: p95 ${m.p95.toFixed(1)} ms, ${m.rps.toFixed(0)} req/s vid ${connections}, CPU ${(busy * 100).toFixed(0)} %, ${m.errors} fel`,
    );
    return { ...m, cpu: busy };
  };
  const learners = await Promise.all(fixtures.learners.slice(0, 50).map((p) => as(p, '/min-sida')));
  const konto = await Promise.all(fixtures.learners.slice(0, 50).map((p) => as(p, '/konto')));
  const figures: Figure[] = [];
  const ratio = (label: string, value: number, floor: number, unit: string, max: number | null, min: number | null) => {
    const r = value / floor;
    figures.push({
      label,
      value: `${value.toFixed(unit === 'req/s' ? 0 : 1)} ${unit} (${r.toFixed(2)}× golvet)`,
      target: max !== null ? `≤ ${max}× golvet` : min !== null ? `≥ ${min}× golvet` : '–',
      met: max !== null ? r <= max : min !== null ? r >= min : null,
    });
  };

  log(`Mäter genom nginx (${origin}), två instanser, ${seconds} s per mätning …`);
  const floorA = await run('Golv a (/api/halsa)', origin, 10, [{ path: '/api/halsa' }], page('"status":"ok"'));
  const floorB1 = await run('Golv b (/konto)', origin, 1, konto, page('Mitt konto'));
  figures.push({
    label: 'Golv a: /api/halsa, 10 anslutningar',
    value: `${floorA.rps.toFixed(0)} req/s`,
    target: '–',
    met: null,
  });
  figures.push({
    label: 'Golv b: /konto, 1 anslutning',
    value: `p95 ${floorB1.p95.toFixed(1)} ms`,
    target: '–',
    met: null,
  });

  // The first view after a write: each view right after a completion in the same organisation,
  // the write through nginx to whichever instance, the view likewise.
  const after = async (label: string, writes: Fixtures['completing']['large'], view: BenchRequest, marker: string) => {
    const m = await viewsAfterWrites({ origin, seconds, writes, view, marker, cookieOf });
    log(`  ${label}, direkt efter en ändring: p95 ${m.p95.toFixed(1)} ms (${m.requests} visningar), ${m.errors} fel`);
    return m;
  };
  const statsLarge = await after(
    'Statistik (största, 50 000)',
    fixtures.completing.large,
    await as(fixtures.large.strategist, '/statistik'),
    'Ladda ner som CSV',
  );
  const statsRef = await after(
    'Statistik (2 000)',
    fixtures.completing.small.slice(0, Math.floor(fixtures.completing.small.length / 2)),
    await as(fixtures.small.strategist, '/statistik'),
    'Ladda ner som CSV',
  );
  ratio(
    '/statistik, största organisationen, första visningen efter en ändring (p95)',
    statsLarge.p95,
    floorB1.p95,
    'ms',
    5,
    null,
  );
  figures.push({
    label: '… jämfört med en organisation med 2 000 personer',
    value: `${statsLarge.p95.toFixed(1)} / ${statsRef.p95.toFixed(1)} ms = ${(statsLarge.p95 / statsRef.p95).toFixed(2)}×`,
    target: '≤ 1.5×',
    met: statsLarge.p95 / statsRef.p95 <= 1.5,
  });
  // Each instance computes every organisation's key figures the first time it is asked (then
  // only the organisation a write changed): that first view, on each instance directly, is
  // reported on its own; the measurement after it is the view right after a write.
  const compareView = await as(fixtures.small.strategist, '/statistik/jamfor');
  const cold: number[] = [];
  for (const at of [o.direct, o.directB]) {
    const started = performance.now();
    const res = await fetch(at + compareView.path, { headers: compareView.headers });
    const ok = res.status === 200 && (await res.text()).includes('per organisation och kön');
    cold.push(performance.now() - started);
    if (!ok) log(`  ! Jämförelsen svarade ${res.status} på ${at}`);
  }
  log(
    `  Jämför organisationer, första visningen på varje instans: ${cold.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')}`,
  );
  figures.push({
    label: `Jämförelsen av ${NATIONAL.organisations} organisationer, en instans första visning (alla beräknas)`,
    value: cold.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(' och '),
    target: '–',
    met: null,
  });
  const compare = await after(
    `Jämför organisationer (${NATIONAL.organisations})`,
    fixtures.completing.small.slice(Math.floor(fixtures.completing.small.length / 2)),
    compareView,
    'per organisation och kön',
  );
  ratio(
    `Jämförelsen av ${NATIONAL.organisations} organisationer, efter en ändring (p95)`,
    compare.p95,
    floorB1.p95,
    'ms',
    5,
    null,
  );
  const team = await run(
    `Mitt team (${fixtures.large.teamSize} personer)`,
    origin,
    1,
    [await as(fixtures.large.manager, '/chef')],
    page('Mitt team'),
  );
  ratio(
    `Mitt team, chef för ${fixtures.large.teamSize} i största organisationen (p95)`,
    team.p95,
    floorB1.p95,
    'ms',
    4,
    null,
  );

  const myTwo = await run('Min sida, två instanser', origin, 10, learners, page('Mina kurser'));
  const myOne = await run('Min sida, en instans', o.direct, 10, learners, page('Mina kurser'));
  figures.push({
    label: '/min-sida vid 10 anslutningar: två instanser genom nginx / en instans',
    value: `${myTwo.rps.toFixed(0)} / ${myOne.rps.toFixed(0)} req/s = ${(myTwo.rps / myOne.rps).toFixed(2)}× (CPU ${(myTwo.cpu * 100).toFixed(0)} % / ${(myOne.cpu * 100).toFixed(0)} % av ${os.cpus().length} kärnor)`,
    target: `≥ 1.6× med kärnor nog; ${os.cpus().length} kärnor här`,
    met: os.cpus().length >= 4 ? myTwo.rps / myOne.rps >= 1.6 : null,
  });
  const writes = await lessonWrites({ origin, fixtures, cookieOf });
  const lessonOk = page('"status":"success"');
  const half = Math.floor(writes.length / 2);
  const lessonTwo = await run('Lektion klar, två instanser', origin, 10, writes.slice(0, half), lessonOk);
  // Directly to instance A: the same Server Action with A's own origin.
  const direct = writes.slice(half).map((w) => ({ ...w, headers: { ...w.headers, origin: o.direct } }));
  const lessonOne = await run('Lektion klar, en instans', o.direct, 10, direct, lessonOk);
  figures.push({
    label: 'Lektion klar vid 10 anslutningar: två instanser genom nginx / en instans',
    value: `${lessonTwo.rps.toFixed(0)} / ${lessonOne.rps.toFixed(0)} req/s = ${(lessonTwo.rps / lessonOne.rps).toFixed(2)}× (CPU ${(lessonTwo.cpu * 100).toFixed(0)} % / ${(lessonOne.cpu * 100).toFixed(0)} %)`,
    target: `≥ 1.6× med kärnor nog; ${os.cpus().length} kärnor här`,
    met: os.cpus().length >= 4 ? lessonTwo.rps / lessonOne.rps >= 1.6 : null,
  });

  const guidance = await run(
    'Vägledning, anonym, genom nginx',
    origin,
    50,
    [{ path: `/vagledning/${fixtures.guideSlug}` }],
    (s) => s === 200,
  );
  ratio('Vägledningssida, anonym, genom nginx, 50 anslutningar', guidance.rps, floorA.rps, 'req/s', null, 10);

  const reading = await importWhileReading({
    origin,
    adminCookie: await cookieOf(fixtures.importer.admin),
    unitPaths: fixtures.importer.unitPaths,
    myPage: cycle(learners),
    marker: 'Mina kurser',
  });
  const importSeconds = reading.previewSeconds + reading.importSeconds;
  log(
    `  HR-import 20 000 rader: ${reading.previewSeconds.toFixed(1)} + ${reading.importSeconds.toFixed(1)} s, Min sida under tiden p95 ${reading.p95.toFixed(0)} ms`,
  );
  figures.push({
    label: 'HR-import av 20 000 rader till största organisationen (förhandsgranskning + import)',
    value: `${importSeconds.toFixed(1)} s (${reading.previewSeconds.toFixed(1)} + ${reading.importSeconds.toFixed(1)}); Min sida under tiden p95 ${reading.p95.toFixed(0)} ms, ${reading.errors} fel`,
    target: '≤ 10 s',
    met: importSeconds <= 10,
  });
  return figures;
}

function report(o: { data: NationalData; figures: Figure[]; seconds: number }) {
  const { data, figures } = o;
  const cpu = os.cpus()[0]?.model ?? 'okänd';
  const lines = [
    `# Nationellt scenario (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Maskin: ${os.cpus().length} kärnor (${cpu}), ${(os.totalmem() / GIB).toFixed(0)} GiB. ${o.seconds} s per mätning.`,
    `Data: ${data.organisations} organisationer, ${data.people.toLocaleString('sv-SE')} personer (största ${data.largest.people.toLocaleString('sv-SE')}), ${data.rows.toLocaleString('sv-SE')} rader; genererat på ${data.seconds.toFixed(0)} s (inläsning ${data.phases.load.toFixed(0)} s, kvarhållna summor ${data.phases.tallies.toFixed(0)} s, VACUUM ${data.phases.analyse.toFixed(0)} s). Mål: under 15 min.`,
    '',
    '| Mätning | Värde | Mål | Uppfyllt |',
    '|---|---|---|---|',
    ...figures.map((f) => `| ${f.label} | ${f.value} | ${f.target} | ${f.met === null ? '–' : f.met ? 'ja' : 'nej'} |`),
    '',
  ];
  const text = lines.join('\n');
  process.stdout.write(`${text}\n`);
  const dir = path.join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'national.md'), text);
  writeFileSync(path.join(dir, 'national.json'), `${JSON.stringify({ data, figures }, null, 2)}\n`);
}
