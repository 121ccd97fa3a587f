// The one logger of the server code (pino): JSON lines in production for the platform's log
// collector, readable lines in development. Log ids and counts, never names, e-mail addresses or
// free text a person wrote (README, Logging); the redaction list below is a safety net for
// mistakes, not the rule.
import pino, { type DestinationStream, type Level, type Logger, type LoggerOptions } from 'pino';
import pretty from 'pino-pretty';
import { env, type Env } from '@/lib/env';
import { REQUEST_ID_HEADER } from '@/lib/request-id';

export type LogLevel = Level | 'silent';

const redactedPaths = [
  'email',
  '*.email',
  'password',
  '*.password',
  'token',
  '*.token',
  'secret',
  '*.secret',
  'authorization',
  'cookie',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  '*.headers.authorization',
  '*.headers.cookie',
];

/** LOG_LEVEL, else 'info'; Vitest runs are silent unless LOG_LEVEL asks for output. */
export function logLevel(from: Pick<Env, 'LOG_LEVEL' | 'NODE_ENV'> = env): LogLevel {
  return from.LOG_LEVEL ?? (from.NODE_ENV === 'test' ? 'silent' : 'info');
}

type CreateLoggerOptions = { level?: LogLevel; readable?: boolean; destination?: DestinationStream };

export function createLogger({
  level = logLevel(),
  readable = env.NODE_ENV === 'development',
  destination,
}: CreateLoggerOptions = {}): Logger {
  const options: LoggerOptions = { level, redact: { paths: redactedPaths, censor: '[redacted]' } };
  if (readable) {
    // pino-pretty as a stream in this thread, not as a worker transport: a transport is loaded
    // by file name in a worker thread, which Next's server bundle cannot resolve.
    const stream = pretty({ sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', destination });
    return pino(options, stream);
  }
  const json: LoggerOptions = {
    ...options,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  return destination ? pino(json, destination) : pino(json);
}

// Kept on globalThis so development reloads do not open a new output stream each time.
const globalForLog = globalThis as unknown as { portalLog?: Logger };

export const log: Logger = globalForLog.portalLog ?? createLogger();
if (env.NODE_ENV !== 'production') globalForLog.portalLog = log;

/**
 * The logger for code running in a request (Server Actions, route handlers, pages rendered per
 * request): every line carries the request id set by proxy.ts. Static pages use `log` instead,
 * since reading the request headers would make them render per request.
 */
export async function requestLogger(): Promise<Logger> {
  const requestId = await currentRequestId();
  return requestId ? log.child({ requestId }) : log;
}

async function currentRequestId(): Promise<string | undefined> {
  // Loaded here so scripts and the seed, which share this module, do not load Next's server.
  const { headers } = await import('next/headers');
  const { unstable_rethrow } = await import('next/navigation');
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch (error) {
    // Next's own signals (a static render opting into per-request rendering) must pass through;
    // anything else means there is no request: a script, a test, the reminder job.
    unstable_rethrow(error);
    return undefined;
  }
}
