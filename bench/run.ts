// `npm run bench` (issue 9): generates the synthetic municipalities in the bench database, builds
// the production app if needed, starts it on 127.0.0.1 and loads it as signed-in people of the
// right roles. Prints a table with every scenario as a ratio to the floors of the same run,
// checks the targets and writes bench/results/<engine>.{json,md}.
// Options: --build (build again even if the source is unchanged), --no-lighthouse (skip the phone
// scores, bench/lighthouse.ts), --import-only (scenario 6 alone: prints its figures, writes no
// results), --import-rows N (the import's file has N new people instead of 20,000; with
// --import-only, e.g. 100,000 for issue 20's largest file), --national (issue 20's installation of
// 300 organisations on PostgreSQL, bench/national.ts).
// Environment: BENCH_PORT
// (default 3400), BENCH_SECONDS (per measurement, default 10), BENCH_DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fail } from '../scripts/cli';
import { openDriver } from '../scripts/migrate';
import { ensureBuild } from './build';
import { chooseDatabase } from './database';
import { checkProgressRows, loadFixtures } from './fixtures';
import { generate } from './generate';
import { runLighthouse } from './lighthouse';
import { runNational } from './national';
import { runImport, runScenarios, runUncached, type ScenarioResults } from './scenarios';
import { benchEnv, sampleMemory, startServer, type MemoryPeak } from './server';
import { cookieJar } from './sessions';
import { describeRun, summarise, writeResults } from './summary';

const ROOT = path.resolve(import.meta.dirname, '..');
// Progress goes to stderr, so stdout carries only the result table.
const log = (line: string) => process.stderr.write(`${line}\n`);
const mib = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);

/** The value after a flag (`--import-rows 100000` or `--import-rows=100000`). */
function optionValue(flag: string): string | undefined {
  const i = process.argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (i < 0) return undefined;
  const arg = process.argv[i]!;
  const value = arg.includes('=') ? arg.slice(flag.length + 1) : process.argv[i + 1];
  if (!value || !/^\d+$/.test(value)) fail(`${flag} behöver ett antal rader, till exempel ${flag} 100000.`);
  return value;
}

async function main() {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const skipLighthouse = process.argv.includes('--no-lighthouse');
  const port = Number(process.env.BENCH_PORT ?? 3400);
  const origin = `http://127.0.0.1:${port}`;
  const database = chooseDatabase(process.env);
  if (process.argv.includes('--national')) return runNational(database);
  const loadAtStart = os.loadavg()[0]!;
  log(`Bench-databas: ${database.label} (${database.engine}). Genererar organisationerna …`);
  const generated = await generate(database);
  log(
    `Genererat på ${generated.seconds.toFixed(1)} s: ${generated.rows} rader (${generated.large.progressRows} + ${generated.small.progressRows} rader lektionsframsteg).`,
  );

  const secret = randomBytes(32).toString('base64url');
  const env = benchEnv({ databaseUrl: database.url, secret, origin, hostSlug: generated.large.slug });
  const buildSeconds = ensureBuild({ env, force: process.argv.includes('--build'), log });
  log(
    buildSeconds === null
      ? 'Källkoden är oförändrad sedan förra bygget: det återanvänds (--build bygger om).'
      : `Byggt på ${buildSeconds.toFixed(0)} s.`,
  );

  const driver = await openDriver(database.url);
  const fixtures = await loadFixtures(driver, generated);
  const cookieOf = cookieJar(secret);
  for (const p of fixtures.learners) await cookieOf(p);

  const serverLog = path.join(ROOT, 'bench/data/server.log');
  // On PostgreSQL nothing else has made the folder yet.
  mkdirSync(path.dirname(serverLog), { recursive: true });
  const importRows = optionValue('--import-rows');
  const options = { origin, seconds, fixtures, cookieOf, log, importRows: importRows ? Number(importRows) : undefined };
  const peaks: MemoryPeak[] = [];
  // Each phase on its own server: the measured scenarios; then, remembering nothing, the
  // statistics as the first view after a write; last the HR import, which adds 20,000 people.
  const phase = async <T>(extraEnv: Record<string, string>, work: () => Promise<T>): Promise<T> => {
    const server = await startServer({ port, env: { ...env, ...extraEnv }, logFile: serverLog });
    const memory = sampleMemory(server.child.pid!);
    try {
      return await work();
    } finally {
      peaks.push(memory.stop());
      await server.stop();
    }
  };
  if (process.argv.includes('--import-only')) {
    await phase({}, () => runImport(options));
    const server = peaks[0]!;
    log(
      `  Serverns högsta minne under importen: ${mib(server.peakTreeRss)} MiB RSS (processträdet, ${server.processes} processer; summan av deras VmHWM ${mib(server.sumOfPeaks)} MiB)`,
    );
    await driver.close();
    return;
  }
  const measured: ScenarioResults = await phase({}, () => runScenarios(options));
  const fromScratch = await phase({ STATS_CACHE_SECONDS: '0' }, () => runUncached(options));
  // Before the import, which adds 20,000 people; on a server of its own, so no load overlaps it.
  const lighthouse = skipLighthouse ? null : await phase({}, () => runLighthouse(options));
  const importReading = await phase({}, () => runImport(options));
  const peak = peaks.reduce((a, b) => (b.peakTreeRss > a.peakTreeRss ? b : a));
  const writeCheck = await checkProgressRows(driver, measured.answered);
  await driver.close();

  const summary = summarise({
    ...measured,
    fromScratch,
    importWhileReading: importReading,
    writeCheck,
    peak,
    fixtures,
    lighthouse,
  });
  const meta = describeRun({ root: ROOT, database, generated, loadAtStart, seconds, buildSeconds, peak, writeCheck });
  writeResults({ root: ROOT, name: database.engine, meta, summary });
  log(`\nResultaten finns i bench/results/${database.engine}.json och ${database.engine}.md.`);
}

main().catch((error: unknown) => fail(error));
