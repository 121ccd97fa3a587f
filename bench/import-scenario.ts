// Scenario 6 (issue 14, finding 11): an administrator imports an HR file of 20,000 new people
// through the import page (preview, then confirm, as the browser posts them), while learners keep
// opening /min-sida one after another and the readiness check is asked every 100 ms. Before the
// import was written in batches, every request waited for its whole write (tens of seconds).
// Runs last: it adds 20,000 people to the large municipality.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { actionBody, findActionId, type Manifest } from './lesson-action';
import type { BenchRequest, Measurement } from './load';
import { percentile } from './stats';

const MANIFEST = path.resolve(import.meta.dirname, '../.next/server/server-reference-manifest.json');
export const IMPORT_ROWS = 20_000;

export type ImportReading = Measurement & {
  /** The preview step: from posting the file to the plan. */
  previewSeconds: number;
  /** The confirm step: from posting it to the answer "Importen är klar". */
  importSeconds: number;
  readinessMaxMs: number;
};

/** A file of `rows` new people spread over the given units ("Förvaltning/Avdelning/…"). */
export function importFile(unitPaths: readonly string[], rows = IMPORT_ROWS): string {
  const lines = Array.from(
    { length: rows },
    (_, i) => `Importerad ${i};import.${i}@hr.bench.example;${unitPaths[i % unitPaths.length]};medarbetare;;nej`,
  );
  return ['Namn;E-post;Enhet;Målgrupp;Kön;Chef', ...lines].join('\n');
}

async function post(origin: string, cookie: string, fields: Record<string, string | Blob>): Promise<string> {
  const actionId = findActionId(
    JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest,
    'lib/actions/admin-import.ts',
    'importStaffAction',
  );
  const { body, contentType } = await actionBody(fields);
  const res = await fetch(`${origin}/admin/import`, {
    method: 'POST',
    headers: { cookie, 'next-action': actionId, 'content-type': contentType, origin, accept: 'text/x-component' },
    body,
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`Importen svarade ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

/** Sends requests one after another until `until` settles; latency of each, and the answers without `marker`. */
async function keepAsking(
  origin: string,
  next: () => BenchRequest,
  until: Promise<unknown>,
  { marker = '', pauseMs = 0 } = {},
) {
  let running = true;
  void until.finally(() => (running = false)).catch(() => undefined);
  const latencies: number[] = [];
  let errors = 0;
  while (running) {
    const r = next();
    const started = performance.now();
    try {
      const res = await fetch(origin + r.path, { headers: r.headers, redirect: 'manual' });
      const body = await res.text();
      if (res.status !== 200 || !body.includes(marker)) errors += 1;
    } catch {
      errors += 1;
    }
    latencies.push(performance.now() - started);
    if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return { latencies: latencies.sort((a, b) => a - b), errors };
}

export async function importWhileReading(o: {
  origin: string;
  adminCookie: string;
  unitPaths: readonly string[];
  /** Learners' requests for /min-sida, and the text their page must show. */
  myPage: () => BenchRequest;
  marker: string;
  rows?: number;
}): Promise<ImportReading> {
  const csv = importFile(o.unitPaths, o.rows);
  const previewStarted = performance.now();
  const preview = await post(o.origin, o.adminCookie, {
    intent: 'preview',
    file: new File([csv], 'personal.csv', { type: 'text/csv' }),
  });
  const digest = /"digest":"([0-9a-f]{64})"/.exec(preview)?.[1];
  if (!digest) throw new Error(`Förhandsgranskningen gav ingen plan: ${preview.slice(0, 300)}`);
  const started = performance.now();
  const previewSeconds = (started - previewStarted) / 1000;
  const confirm = post(o.origin, o.adminCookie, { intent: 'confirm', content: csv, digest });
  const [pages, readiness, answer] = await Promise.all([
    keepAsking(o.origin, o.myPage, confirm, { marker: o.marker }),
    keepAsking(o.origin, () => ({ path: '/api/halsa/databas' }), confirm, { pauseMs: 100 }),
    confirm,
  ]);
  const importSeconds = (performance.now() - started) / 1000;
  if (!answer.includes('Importen är klar')) throw new Error(`Importen blev inte klar: ${answer.slice(0, 300)}`);
  const l = pages.latencies;
  return {
    connections: 1,
    seconds: importSeconds,
    requests: l.length,
    errors: pages.errors,
    rps: l.length / importSeconds,
    p50: percentile(l, 50),
    p95: percentile(l, 95),
    p99: percentile(l, 99),
    statusCodes: {},
    previewSeconds,
    importSeconds,
    readinessMaxMs: readiness.latencies.at(-1) ?? Number.NaN,
  };
}
