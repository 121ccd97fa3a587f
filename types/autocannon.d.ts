// The part of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  type RawRequest = { method: string; path: string; headers: Record<string, string>; body?: string | Buffer };
  type Context = Record<string, unknown>;
  type Histogram = { average: number; p50: number; p90: number; p99: number; min: number; max: number; total: number };
  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    requests: Histogram;
    latency: Histogram;
    statusCodeStats: Record<string, { count: number }>;
  };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    requests?: {
      setupRequest?: (request: RawRequest, context: Context) => RawRequest;
      onResponse?: (status: number, body: string, context: Context) => void;
    }[];
  };
  export type Instance = Promise<Result> & {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
    ): Instance;
    on(event: 'reqError', listener: (error: Error) => void): Instance;
  };
  export default function autocannon(options: Options): Instance;
}
