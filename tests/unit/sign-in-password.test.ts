// Regression guard for password sign-in (issue 14, findings 3b and 6): an unknown address was
// answered without any hash work (15 ms against 76 ms for a real account), and a database error
// reached the form word for word (host and port included). Requests go through next-auth's handler.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PASSWORD, seedPeople, signInRoute, type SignInRoute } from '../support/sign-in-route';

vi.mock('@/lib/auth/password', async (original) => {
  const real = await original<typeof import('@/lib/auth/password')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

let route: SignInRoute;
let verify: ReturnType<typeof vi.fn>;

const signIn = (email: string, password: string, callbackUrl = '/min-sida') =>
  route.post('callback/password', { email, password, callbackUrl });
const errorOf = (url: string) => new URL(url).searchParams.get('error');

beforeAll(async () => {
  route = await signInRoute();
  await seedPeople(route.db);
  verify = vi.mocked((await import('@/lib/auth/password')).verifyPassword);
});
afterAll(() => route.close());
beforeEach(() => {
  verify.mockClear();
});

describe('password sign-in', () => {
  it('answers a known address with a wrong password, an unknown one, a link-only account and one who left alike', async () => {
    const answers = [];
    for (const email of ['anna@kommun.se', 'finns-inte@kommun.se', 'leila@kommun.se', 'tomas@kommun.se']) {
      verify.mockClear();
      answers.push(await signIn(email, 'fel-lösenord'));
      // One scrypt verification each, so the time taken does not tell them apart.
      expect(verify).toHaveBeenCalledTimes(1);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]!.status).toBe(401);
    expect(errorOf(answers[0]!.url)).toBe('WrongCredentials');
  });

  it('checks an unknown address against a hash as costly as a real one', async () => {
    await signIn('okand@kommun.se', 'fel-lösenord');
    await signIn('anna@kommun.se', 'fel-lösenord');
    const [dummyHash, realHash] = verify.mock.calls.map((call) => String(call[1]));
    const cost = (hash: string) => hash.split('$').slice(0, 4).join('$');
    expect(cost(dummyHash!)).toBe(cost(realHash!));
    expect(dummyHash).not.toBe(realHash);
  });

  it('signs in with the right password, onto a path of the portal only', async () => {
    const answer = await signIn('anna@kommun.se', PASSWORD, '/kurser/x?y=1#z');
    expect(answer.url).toBe('http://localhost:3000/kurser/x?y=1#z');
    expect(answer.cookies['next-auth.session-token']).toBeTruthy();
    expect((await signIn('anna@kommun.se', PASSWORD, '/\\evil.example')).url).toBe('http://localhost:3000/min-sida');
  });

  it('answers a malformed address with the same code and no stack trace in the log', async () => {
    const { log } = await import('@/lib/log');
    const error = vi.spyOn(log, 'error');
    const answer = await signIn('inte-en-adress', 'x');
    expect(errorOf(answer.url)).toBe('WrongCredentials');
    expect(error).not.toHaveBeenCalled();
  });
});

describe('password sign-in with the database down', () => {
  let down: SignInRoute;
  beforeAll(async () => {
    // Nothing listens on port 9: every query fails with the host and port in its message.
    down = await signInRoute('postgresql://portal:hemligt@127.0.0.1:9/portal');
  });
  afterAll(() => down.close());

  it('answers with a code, and the details go to the log only', async () => {
    const { log } = await import('@/lib/log');
    const error = vi.spyOn(log, 'error');
    const answer = await down.post('callback/password', {
      email: 'anna@kommun.se',
      password: PASSWORD,
      callbackUrl: '/',
    });
    expect(answer.url).toBe('http://localhost:3000/api/auth/error?error=Unavailable');
    expect(answer.url).not.toMatch(/127\.0\.0\.1|hemligt|5432|:9\b|ECONNREFUSED/);
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ err: expect.anything() }), expect.any(String));
  });
});
