// One load measurement with autocannon: a number of connections for a number of seconds, each
// request taken from the scenario's own sequence (different people, different lessons). Every
// response is checked (status and a marker in the body), and latencies are kept for p50/p95/p99
// (autocannon's summary has no p95).
import autocannon from 'autocannon';
import { percentile } from './stats';

export type BenchRequest = {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  tag?: string;
};

export type Measurement = {
  connections: number;
  seconds: number;
  requests: number;
  /** Responses that failed the check, plus connection errors and timeouts. */
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  statusCodes: Record<string, number>;
};

export type LoadOptions = {
  origin: string;
  connections: number;
  seconds: number;
  next: () => BenchRequest;
  /** True when the response is what the scenario expects (not a redirect to sign-in, say). */
  ok: (status: number, body: string) => boolean;
  /** Called with the tag of every request that passed the check. */
  onSuccess?: (tag: string) => void;
  /** Called with the first failed response, to explain a failure. */
  onFailure?: (status: number, body: string) => void;
};

export async function measure(o: LoadOptions): Promise<Measurement> {
  const latencies: number[] = [];
  let failed = 0;
  let reported = false;
  const instance = autocannon({
    url: o.origin,
    connections: o.connections,
    duration: o.seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request, context) => {
          const next = o.next();
          context.tag = next.tag;
          return {
            ...request,
            method: next.method ?? 'GET',
            path: next.path,
            headers: { ...request.headers, ...next.headers },
            body: next.body ?? '',
          };
        },
        onResponse: (status, body, context) => {
          if (o.ok(status, body)) {
            if (typeof context.tag === 'string') o.onSuccess?.(context.tag);
            return;
          }
          failed += 1;
          if (!reported) {
            reported = true;
            o.onFailure?.(status, body);
          }
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => void latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number(s.count)]),
  );
  return {
    connections: o.connections,
    seconds: result.duration,
    requests: latencies.length,
    errors: failed + result.errors + result.timeouts,
    rps: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statusCodes,
  };
}

/** A few requests one after another before measuring, so first-use costs are not counted. */
export async function warmUp(origin: string, next: () => BenchRequest, count = 5) {
  for (let i = 0; i < count; i += 1) {
    const r = next();
    const res = await fetch(origin + r.path, {
      method: r.method ?? 'GET',
      headers: r.headers,
      body: r.method === 'POST' ? r.body : undefined,
      redirect: 'manual',
    });
    await res.arrayBuffer();
  }
}

/** Cycles through a list, each item `repeat` times in a row (so repeats run concurrently). */
export function cycle<T>(items: readonly T[], repeat = 1): () => T {
  if (items.length === 0) throw new Error('cycle() needs at least one item');
  let i = 0;
  return () => items[Math.floor(i++ / repeat) % items.length]!;
}
