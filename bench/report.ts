// The bench's output: a plain-text table for the terminal, the same as Markdown, and JSON.
import type { Measurement } from './load';
import type { Pair, TargetResult } from './targets';

/** A scenario with a pair (1 and 10 connections), only the 10-connection figures, or only the 1-connection ones. */
export type Row = {
  label: string;
  people: string;
  floor: 'a' | 'b' | null;
  pair?: Pair;
  only?: Measurement;
  single?: Measurement;
};

export type Meta = {
  date: string;
  engine: string;
  database: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  /** 1-minute load average when the run started and when it ended (above the core count: a shared, busy machine). */
  loadAverage: { start: number; end: number };
  node: string;
  next: string;
  secondsPerRun: number;
  generation: { seconds: number; rows: number; people: number[]; progressRows: number[] };
  buildSeconds: number | null;
  peakMemory: { treeRssBytes: number; sumOfPeaksBytes: number; processes: number };
  writeCheck: { pairs: number; duplicates: number; missing: number };
};

const ms = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0);
const rps = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0);
const ratio = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');

const HEADER = [
  'Scenario',
  'Personer',
  'p50 (1)',
  'p95 (1)',
  'p99 (1)',
  'req/s (10)',
  'p95 (10)',
  'fel',
  'req/s ÷ golv',
  'p95 ÷ golv',
];

export function tableCells(rows: readonly Row[], floors: { a: Pair; b: Pair }): string[][] {
  return rows.map((r) => {
    const floor = r.floor ? floors[r.floor] : null;
    if (r.single) {
      const m = r.single;
      const p95Ratio = floor ? ratio(m.p95 / floor.one.p95) : '';
      return [r.label, r.people, ms(m.p50), ms(m.p95), ms(m.p99), '', '', String(m.errors), '', p95Ratio];
    }
    if (r.only) {
      const m = r.only;
      return [
        r.label,
        r.people,
        '',
        '',
        '',
        rps(m.rps),
        ms(m.p95),
        String(m.errors),
        floor ? ratio(m.rps / floor.ten.rps) : '',
        '',
      ];
    }
    const p = r.pair!;
    const errors = p.one.errors + p.ten.errors;
    return [
      r.label,
      r.people,
      ms(p.one.p50),
      ms(p.one.p95),
      ms(p.one.p99),
      rps(p.ten.rps),
      ms(p.ten.p95),
      String(errors),
      floor ? ratio(p.ten.rps / floor.ten.rps) : '',
      floor ? ratio(p.one.p95 / floor.one.p95) : '',
    ];
  });
}

export function renderText(
  rows: readonly Row[],
  floors: { a: Pair; b: Pair },
  targets: readonly TargetResult[],
): string {
  const cells = [HEADER, ...tableCells(rows, floors)];
  const widths = HEADER.map((_, c) => Math.max(...cells.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const out = [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
  out.push('', 'Mål (kvoter mot golven i samma körning):');
  for (const t of targets)
    out.push(
      `  ${t.pass ? 'PASS' : 'MISS'}  ${t.text}: ${formatValue(t)} (mål ${t.op} ${t.limit}${t.unit === '×' ? '×' : ` ${t.unit}`})`,
    );
  return out.join('\n');
}

function formatValue(t: TargetResult): string {
  if (t.unit === 'st' || t.unit === 'poäng') return String(t.value);
  if (t.unit === 'GiB') return `${t.value.toFixed(2)} GiB`;
  if (t.unit === 'ms') return Number.isFinite(t.value) ? `${t.value.toFixed(0)} ms` : '–';
  if (t.unit === 's') return Number.isFinite(t.value) ? `${t.value.toFixed(1)} s` : '–';
  return Number.isFinite(t.value) ? `${t.value.toFixed(2)}×` : '–';
}

export function renderMarkdown(
  rows: readonly Row[],
  floors: { a: Pair; b: Pair },
  targets: readonly TargetResult[],
  meta: Meta,
): string {
  const cells = tableCells(rows, floors);
  const md = (r: string[]) => `| ${r.join(' | ')} |`;
  return [
    `# Benchmark ${meta.date.slice(0, 10)} (${meta.engine})`,
    '',
    `${meta.cpus} kärnor (${meta.cpuModel}), ${meta.memoryGiB} GiB minne, Node ${meta.node}, Next ${meta.next}, databas ${meta.database}. ` +
      `Belastning (load average, 1 min) vid start ${meta.loadAverage.start.toFixed(1)}, vid slut ${meta.loadAverage.end.toFixed(1)}. ` +
      `Varje mätning ${meta.secondsPerRun} s. Tider i millisekunder; (1) = 1 anslutning, (10) = 10 anslutningar.`,
    '',
    `Data: ${meta.generation.people.join(' + ')} personer, ${meta.generation.progressRows.join(' + ')} rader lektionsframsteg, ${meta.generation.rows} rader totalt, genererade på ${meta.generation.seconds.toFixed(1)} s. ` +
      (meta.buildSeconds === null
        ? 'Befintligt bygge återanvänt.'
        : `next build tog ${meta.buildSeconds.toFixed(0)} s.`),
    '',
    md(HEADER),
    md(HEADER.map((_, i) => (i < 2 ? '---' : '---:'))),
    ...cells.map(md),
    '',
    `Skrivvägen: ${meta.writeCheck.pairs} person+lektion besvarade, ${meta.writeCheck.duplicates} med fler än en rad, ${meta.writeCheck.missing} utan rad. ` +
      `Högsta minne: ${(meta.peakMemory.treeRssBytes / 1024 ** 2).toFixed(0)} MiB RSS för processträdet (${meta.peakMemory.processes} processer; summan av deras VmHWM ${(meta.peakMemory.sumOfPeaksBytes / 1024 ** 2).toFixed(0)} MiB).`,
    '',
    '| Mål | Värde | Gräns | |',
    '|---|---:|---:|---|',
    ...targets.map((t) => `| ${t.text} | ${formatValue(t)} | ${t.op} ${t.limit} | ${t.pass ? 'PASS' : 'MISS'} |`),
    '',
  ].join('\n');
}
