import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, logLevel, requestLogger, log } from '@/lib/log';
import { requestIdFrom } from '@/lib/request-id';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A destination that keeps what the logger wrote. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { lines });
}

// pino-pretty hands lines on through a stream pipeline; let it finish.
const flushed = () => new Promise((resolve) => setImmediate(resolve));

describe('log level', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('comes from LOG_LEVEL, with info by default and silence under Vitest unless asked', () => {
    expect(logLevel({ LOG_LEVEL: 'debug', NODE_ENV: 'production' })).toBe('debug');
    expect(logLevel({ LOG_LEVEL: undefined, NODE_ENV: 'production' })).toBe('info');
    expect(logLevel({ LOG_LEVEL: undefined, NODE_ENV: 'development' })).toBe('info');
    expect(logLevel({ LOG_LEVEL: undefined, NODE_ENV: 'test' })).toBe('silent');
    expect(logLevel({ LOG_LEVEL: 'warn', NODE_ENV: 'test' })).toBe('warn');
    // The app's logger follows the same rule.
    expect(log.level).toBe(logLevel());
  });

  it('is read from the environment in any case and refused when unknown', async () => {
    vi.stubEnv('LOG_LEVEL', ' WARN ');
    expect((await import('@/lib/env')).env.LOG_LEVEL).toBe('warn');
    vi.resetModules();
    vi.stubEnv('LOG_LEVEL', '');
    expect((await import('@/lib/env')).env.LOG_LEVEL).toBeUndefined();
    vi.resetModules();
    vi.stubEnv('LOG_LEVEL', 'chatty');
    await expect(import('@/lib/env')).rejects.toThrow(/LOG_LEVEL/);
  });

  it('drops lines below the level', () => {
    const out = capture();
    const logger = createLogger({ level: 'warn', readable: false, destination: out });
    logger.info('not written');
    logger.warn({ mailId: 'm1' }, 'written');
    expect(out.lines).toHaveLength(1);
    expect(JSON.parse(out.lines[0]!)).toMatchObject({ level: 'warn', mailId: 'm1', msg: 'written' });
  });
});

describe('redaction', () => {
  const fields = {
    userId: 'u-17',
    email: 'anna.svensson@kommun.example',
    person: { email: 'omar.ali@kommun.example', password: 'hemligt-lösen' },
    session: { token: 'tok-abc-123' },
    headers: { authorization: 'Bearer xyz-secret', cookie: 'next-auth.session-token=s3cret' },
  };
  const hidden = ['anna.svensson', 'omar.ali', 'hemligt-lösen', 'tok-abc-123', 'xyz-secret', 's3cret'];

  it('keeps e-mail addresses, passwords, tokens and credentials out of JSON lines', () => {
    const out = capture();
    createLogger({ level: 'info', readable: false, destination: out }).info(fields, 'an event');
    const line = out.lines.join('');
    for (const secret of hidden) expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({ userId: 'u-17', email: '[redacted]', person: { email: '[redacted]' } });
  });

  it('keeps them out of the readable development output too', async () => {
    const out = capture();
    createLogger({ level: 'info', readable: true, destination: out }).info(fields, 'an event');
    await flushed();
    const text = out.lines.join('');
    expect(text).toContain('an event');
    expect(text).toContain('u-17');
    for (const secret of hidden) expect(text).not.toContain(secret);
  });
});

describe('request id', () => {
  it('keeps a short plain id from a load balancer', () => {
    expect(requestIdFrom('f3b2c1d0-aaaa-4bbb-8ccc-0123456789ab')).toBe('f3b2c1d0-aaaa-4bbb-8ccc-0123456789ab');
    expect(requestIdFrom('lb-1701388800.42_x')).toBe('lb-1701388800.42_x');
  });

  it('replaces a missing, hostile or oversized id with a fresh one', () => {
    const hostile = [
      null,
      undefined,
      '',
      'short',
      'abc123\n{"level":"error","msg":"forged"}',
      'id with spaces in it',
      '<script>alert(1)</script>',
      'x'.repeat(65),
      'åäö-not-ascii-id',
    ];
    for (const incoming of hostile) {
      const id = requestIdFrom(incoming);
      expect(id).toMatch(uuid);
      expect(id).not.toBe(incoming);
    }
    expect(requestIdFrom(null)).not.toBe(requestIdFrom(null));
  });

  it('outside a request (scripts, tests, the reminder job) logs without one', async () => {
    expect(await requestLogger()).toBe(log);
  });
});
