// Turns the measurements into the bench's output: the figures the targets are checked against,
// the table rows, the run's circumstances (machine, versions, data), and the files in
// bench/results.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchDatabase } from './database';
import type { Fixtures } from './fixtures';
import type { Generated } from './generate';
import type { ImportReading } from './import-scenario';
import type { Measurement } from './load';
import { renderMarkdown, renderText, type Meta, type Row } from './report';
import type { LighthousePage } from './lighthouse';
import type { MemoryPeak } from './server';
import { evaluateTargets, type Figures, type Pair } from './targets';

type WriteCheck = Meta['writeCheck'];

export function summarise(o: {
  results: Record<string, Pair>;
  lessonTwenty: Measurement;
  importWhileReading: ImportReading;
  afterWrite: Figures['afterWrite'];
  fromScratch: Figures['fromScratch'];
  writeCheck: WriteCheck;
  peak: MemoryPeak;
  fixtures: Fixtures;
  lighthouse: LighthousePage[] | null;
}) {
  const r = o.results;
  const figures: Figures = {
    floorA: r.floorA!,
    floorB: r.floorB!,
    guidance: r.guidance!,
    myPage: r.myPage!,
    lesson: { ...r.lesson!, twenty: o.lessonTwenty },
    team: { large: r['team-large']!, small: r['team-small']! },
    stats: { large: r['stats-large']!, small: r['stats-small']! },
    statsFiltered: { large: r['statsFiltered-large']!, small: r['statsFiltered-small']! },
    writeCheck: o.writeCheck,
    peakMemoryBytes: o.peak.peakTreeRss,
    importWhileReading: o.importWhileReading,
    importTotalSeconds: o.importWhileReading.previewSeconds + o.importWhileReading.importSeconds,
    compare: r.compare!,
    afterWrite: o.afterWrite,
    fromScratch: o.fromScratch,
    lighthouse: o.lighthouse,
  };
  const L = o.fixtures.large.teamSize;
  const S = o.fixtures.small.teamSize;
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
    {
      label: '5 Statistik med kvartal, första visningen efter en ändring',
      people: '20 000',
      floor: 'b',
      single: o.afterWrite.stats,
    },
    {
      label: '5 Statistik, en förvaltning, första visningen efter en ändring',
      people: '20 000',
      floor: 'b',
      single: o.afterWrite.statsFiltered,
    },
    { label: '7 Jämför organisationer (50 som delar)', people: '50 × 2 000', floor: 'b', pair: figures.compare },
    {
      label: '7 Jämför organisationer, första visningen efter en ändring',
      people: '50 × 2 000',
      floor: 'b',
      single: o.afterWrite.compare,
    },
    {
      label: '5 Statistik med kvartal, utan minne (STATS_CACHE_SECONDS=0)',
      people: '20 000',
      floor: 'b',
      single: o.fromScratch.stats,
    },
    {
      label: '5 Statistik med kvartal, utan minne',
      people: '2 000',
      floor: 'b',
      single: o.fromScratch.statsSmall,
    },
    {
      label: '5 Statistik, en förvaltning, utan minne',
      people: '20 000',
      floor: 'b',
      single: o.fromScratch.statsFiltered,
    },
    {
      label: '7 Jämför organisationer, utan minne (alla 50 beräknas)',
      people: '50 × 2 000',
      floor: 'b',
      single: o.fromScratch.compare,
    },
    {
      label: `6 Min sida under HR-import (20 000 nya; förhandsgranskningen ${o.importWhileReading.previewSeconds.toFixed(1)} s, importen ${o.importWhileReading.importSeconds.toFixed(1)} s, beredskapskollen högst ${o.importWhileReading.readinessMaxMs.toFixed(0)} ms)`,
      people: '20 000',
      floor: null,
      single: o.importWhileReading,
    },
  ];
  return {
    rows,
    floors: { a: figures.floorA, b: figures.floorB },
    targets: evaluateTargets(figures),
    lighthouse: o.lighthouse,
  };
}

export function describeRun(o: {
  root: string;
  database: BenchDatabase;
  generated: Generated;
  loadAtStart: number;
  seconds: number;
  buildSeconds: number | null;
  peak: MemoryPeak;
  writeCheck: WriteCheck;
}): Meta {
  const cpus = os.cpus();
  const nextPackage = readFileSync(path.join(o.root, 'node_modules/next/package.json'), 'utf8');
  return {
    date: new Date().toISOString(),
    engine: o.database.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL',
    database: o.database.label,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'okänd',
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: { start: o.loadAtStart, end: os.loadavg()[0]! },
    node: process.version,
    next: (JSON.parse(nextPackage) as { version: string }).version,
    secondsPerRun: o.seconds,
    generation: {
      seconds: o.generated.seconds,
      rows: o.generated.rows,
      people: [o.generated.large.people, o.generated.small.people],
      progressRows: [o.generated.large.progressRows, o.generated.small.progressRows],
    },
    buildSeconds: o.buildSeconds,
    peakMemory: { treeRssBytes: o.peak.peakTreeRss, sumOfPeaksBytes: o.peak.sumOfPeaks, processes: o.peak.processes },
    writeCheck: o.writeCheck,
  };
}

/** Prints the table on stdout and writes bench/results/<name>.{json,md}. */
export function writeResults(o: { root: string; name: string; meta: Meta; summary: ReturnType<typeof summarise> }) {
  const { meta, name } = o;
  const { rows, floors, targets, lighthouse } = o.summary;
  const { writeCheck, peakMemory, generation, loadAverage } = meta;
  process.stdout.write(
    `\n${meta.engine}, ${meta.cpus} kärnor (${meta.cpuModel}), Node ${meta.node}, Next ${meta.next}, load average ${loadAverage.start.toFixed(1)} → ${loadAverage.end.toFixed(1)}. Data genererad på ${generation.seconds.toFixed(1)} s. ` +
      `Skrivvägen: ${writeCheck.pairs} person+lektion, ${writeCheck.duplicates} dubbletter, ${writeCheck.missing} saknas. ` +
      `Högsta minne ${(peakMemory.treeRssBytes / 1024 ** 2).toFixed(0)} MiB.\nTider i ms; (1) = 1 anslutning, (10) = 10 anslutningar.\n\n${renderText(rows, floors, targets)}\n`,
  );
  const dir = path.join(o.root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify({ meta, rows, targets, lighthouse }, null, 2)}\n`);
  writeFileSync(
    path.join(dir, `${name}.md`),
    renderMarkdown(rows, floors, targets, meta) + renderLighthouse(lighthouse),
  );
}

/** Every Lighthouse run, so a median can be checked against what it came from. */
function renderLighthouse(pages: LighthousePage[] | null): string {
  if (!pages) return '\nLighthouse mättes inte (ingen Chromium).\n';
  return [
    '',
    '## Lighthouse (mobil emulering, 3 körningar per sida)',
    '',
    '| Sida | Poäng per körning | Median | Total blockeringstid, ms | LCP, ms | CLS |',
    '|---|---|---:|---|---|---|',
    ...pages.map((p) => {
      const each = (f: (r: LighthousePage['runs'][number]) => string) => p.runs.map(f).join(', ');
      return `| ${p.label} (\`${p.path}\`) | ${each((r) => String(r.score))} | ${p.median} | ${each((r) => r.tbtMs.toFixed(0))} | ${each((r) => r.lcpMs.toFixed(0))} | ${each((r) => r.cls.toFixed(3))} |`;
    }),
    '',
  ].join('\n');
}
