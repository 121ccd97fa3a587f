// Regression guard for e-mail sign-in links (issue 14, findings 3a, 4 and 6): an unknown address got
// a different answer than a known one, links were not throttled (5 requests: 5 mails; one client
// could still have links mailed to address after address), an invalid address wrote a stack trace
// to the log, and a posted callbackUrl that was not a URL gave HTTP 500. Requests go through
// next-auth's real route.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { withSafeCallbackQuery } from '@/lib/auth/redirect';
import { seedPeople, signInRoute, type SignInRoute } from '../support/sign-in-route';

const sent = vi.hoisted(() => ({
  mails: [] as { to: string; subject: string; text: string }[],
  later: [] as Promise<unknown>[],
}));
vi.mock('@/lib/mail/send', () => ({
  sendMail: async (mail: { to: string; subject: string; text: string }) => sent.mails.push(mail),
}));
vi.mock('next/server', async (original) => ({
  ...(await original<typeof import('next/server')>()),
  // after() runs the task once the answer is sent; here at once, kept to be awaited.
  after: (task: () => Promise<unknown>) => sent.later.push(task()),
}));

// The request's X-Forwarded-For, Accept-Language and language cookie as Next's request scope
// gives them; none unless a test sets one.
const request = vi.hoisted(() => ({
  forwardedFor: undefined as string | undefined,
  acceptLanguage: undefined as string | undefined,
  languageCookie: undefined as string | undefined,
}));
vi.mock('next/headers', async (original) => ({
  ...(await original<typeof import('next/headers')>()),
  headers: async () =>
    new Headers({
      ...(request.forwardedFor ? { 'x-forwarded-for': request.forwardedFor } : {}),
      ...(request.acceptLanguage ? { 'accept-language': request.acceptLanguage } : {}),
    }),
  cookies: async () => ({
    get: (name: string) => (name === 'sprak' && request.languageCookie ? { value: request.languageCookie } : undefined),
  }),
}));

const LINKS_PER_CLIENT = 4;
const people = Array.from({ length: 10 }, (_, i) => `person-${i}@kommun.se`);

let route: SignInRoute;
let log: typeof import('@/lib/log').log;

beforeAll(async () => {
  vi.stubEnv('SIGN_IN_LINKS_PER_CLIENT', String(LINKS_PER_CLIENT));
  vi.stubEnv('TRUSTED_PROXIES', '1');
  route = await signInRoute();
  await seedPeople(route.db);
  const { id: organisationId } = await route.db.organisation.findFirstOrThrow({ select: { id: true } });
  await route.db.user.createMany({ data: people.map((email) => ({ organisationId, name: email, email })) });
  ({ log } = await import('@/lib/log'));
});
afterAll(() => route.close());
beforeEach(() => {
  sent.mails.length = 0;
  request.forwardedFor = undefined;
  request.acceptLanguage = undefined;
  request.languageCookie = undefined;
  vi.restoreAllMocks();
});

async function askForLink(email: string, extra: Record<string, string> = {}) {
  const answer = await route.post('signin/email', { email, callbackUrl: '/min-sida', ...extra });
  await Promise.all(sent.later.splice(0));
  return answer;
}

describe('the e-mail link endpoint', () => {
  it('answers an unknown, a left and a known address alike, and mails only the known one', async () => {
    const known = await askForLink('leila@kommun.se');
    const unknown = await askForLink('finns-inte@kommun.se');
    const left = await askForLink('tomas@kommun.se');
    expect(unknown).toEqual(known);
    expect(left).toEqual(known);
    expect(known.url).toBe('http://localhost:3000/api/auth/verify-request?provider=email&type=email');
    expect(sent.mails.map((m) => m.to)).toEqual(['leila@kommun.se']);
    expect(await route.db.verificationToken.count({ where: { identifier: 'finns-inte@kommun.se' } })).toBe(0);
  });

  it('sends at most 3 links per address in 15 minutes; the 4th answers the same and sends nothing', async () => {
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await askForLink('anna@kommun.se'));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(sent.mails).toHaveLength(3);
    expect(await route.db.verificationToken.count({ where: { identifier: 'anna@kommun.se' } })).toBe(3);
  });

  it('counts a burst sent at once: still 3 links', async () => {
    await route.db.verificationToken.deleteMany({});
    await Promise.all(Array.from({ length: 8 }, () => askForLink('anna@kommun.se')));
    expect(sent.mails.length).toBeLessThanOrEqual(3);
    const stored = await route.db.verificationToken.count({ where: { identifier: 'anna@kommun.se' } });
    expect(stored).toBeLessThanOrEqual(3);
    // Never a mail without a stored link, nor a stored link without its mail. (Requests that all
    // insert before any counts may all be refused; their rows go, so the person can ask again.)
    expect(sent.mails).toHaveLength(stored);
  });

  it('sends a link that signs in once, onto the path that was asked for', async () => {
    await route.db.verificationToken.deleteMany({});
    await askForLink('leila@kommun.se', { callbackUrl: '/kurser/x?y=1#z' });
    const link = new URL(/(http:\/\/\S+\/api\/auth\/callback\/email\S+)/.exec(sent.mails[0]!.text)![1]!);
    expect(link.searchParams.get('callbackUrl')).toBe('http://localhost:3000/kurser/x?y=1#z');
    const use = () => route.get('callback/email', Object.fromEntries(link.searchParams));
    const first = await use();
    expect(first.url).toBe('http://localhost:3000/kurser/x?y=1#z');
    expect(first.cookies['next-auth.session-token']).toBeTruthy();
    expect((await use()).url).toContain('error=Verification');
  });

  it('refuses an invalid address with a code and logs no stack trace', async () => {
    const error = vi.spyOn(log, 'error');
    const consoleError = vi.spyOn(console, 'error');
    const info = vi.spyOn(log, 'info');
    for (const email of ['inte-en-adress', 'a@b@kommun.se', 'a@kommun.se,b@annan.se', '"x"@kommun.se']) {
      const answer = await askForLink(email);
      expect(answer.url).toContain('error=EmailSignin');
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(error).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledWith({ code: 'SIGNIN_EMAIL_ERROR' }, 'Inloggning med en ogiltig e-postadress avvisad');
    expect(sent.mails).toEqual([]);
  });

  it.each(['inte en adress', '::', 'http://', '//evil.example', 'https://evil.example/x', '/\\evil.example'])(
    'answers a posted callbackUrl %j without HTTP 500, and keeps it on the portal',
    async (callbackUrl) => {
      const answer = await askForLink('finns-inte@kommun.se', { callbackUrl });
      expect(answer.status).not.toBe(500);
      expect(answer.url).toBe('http://localhost:3000/api/auth/verify-request?provider=email&type=email');
      // Where the sign-in would end: the same rule as the page's, on the portal.
      expect(answer.cookies['next-auth.callback-url']).toBe('http://localhost:3000/min-sida');
    },
  );

  it('answers a callbackUrl in the query that is not a URL without HTTP 500, once the route has applied the rule', async () => {
    const email = { email: 'finns-inte@kommun.se' };
    // next-auth itself checks the query before any callback: this is why the route rewrites it.
    expect((await route.post('signin/email', email, { callbackUrl: 'inte en adress' })).status).toBe(500);
    for (const callbackUrl of ['inte en adress', '//evil.example', '/kurser/x']) {
      const address = `http://localhost:3000/api/auth/signin/email?${new URLSearchParams({ callbackUrl })}`;
      const query = Object.fromEntries(withSafeCallbackQuery(address, 'http://localhost:3000')!.searchParams);
      const answer = await route.post('signin/email', email, query);
      expect(answer.status).not.toBe(500);
      const expected = callbackUrl === '/kurser/x' ? '/kurser/x' : '/min-sida';
      expect(answer.cookies['next-auth.callback-url']).toBe(`http://localhost:3000${expected}`);
    }
  });

  it('sends at most SIGN_IN_LINKS_PER_CLIENT links from one client to any addresses; another client still gets one', async () => {
    const warn = vi.spyOn(log, 'warn');
    // The client is the entry the one trusted proxy wrote, not what the client wrote before it.
    request.forwardedFor = '198.51.100.1, 203.0.113.10';
    const answers = [];
    for (const email of people.slice(0, 6)) answers.push(await askForLink(email));
    answers.push(await askForLink('finns-inte@kommun.se'));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(sent.mails.map((m) => m.to)).toEqual(people.slice(0, LINKS_PER_CLIENT));
    expect(await route.db.verificationToken.count({ where: { identifier: { in: people.slice(4, 6) } } })).toBe(0);
    expect(warn).toHaveBeenCalledWith('För många inloggningslänkar begärda från samma klientadress; ingen skickad');

    request.forwardedFor = '198.51.100.1, 203.0.113.11';
    await askForLink(people[5]!);
    expect(sent.mails.map((m) => m.to)).toEqual([...people.slice(0, LINKS_PER_CLIENT), people[5]]);
  });

  it('counts a burst from one client sent at once: no more links than the limit', async () => {
    await route.db.verificationToken.deleteMany({});
    request.forwardedFor = '203.0.113.12';
    await Promise.all(people.map((email) => askForLink(email)));
    expect(sent.mails).toHaveLength(LINKS_PER_CLIENT);
    expect(await route.db.verificationToken.count()).toBe(LINKS_PER_CLIENT);
  });
});

describe('the language of the link', () => {
  it("is the account's stored language, else the one the browser asks for, else Swedish", async () => {
    const { id: organisationId } = await route.db.organisation.findFirstOrThrow({ select: { id: true } });
    await route.db.user.createMany({
      data: [
        { organisationId, name: 'Grace Hill', email: 'grace@kommun.se', locale: 'en' },
        { organisationId, name: 'Sara Sund', email: 'sara@kommun.se', locale: 'sv' },
        { organisationId, name: 'Ingen Vald', email: 'ingen@kommun.se' },
      ],
    });
    const linkTo = async (email: string, acceptLanguage?: string) => {
      sent.mails.length = 0;
      request.acceptLanguage = acceptLanguage;
      await askForLink(email);
      expect(sent.mails).toHaveLength(1);
      return sent.mails[0]!;
    };

    const english = await linkTo('grace@kommun.se', 'sv-SE,sv;q=0.9');
    expect(english.subject).toBe('Your sign-in link to the Gender Equality Portal');
    expect(english.text).toContain('Click the link within 30 minutes to sign in:');
    expect(english.text).toMatch(/^http:\/\/localhost:3000\/api\/auth\/callback\/email\?/m);

    // A stored Swedish choice wins over an English browser.
    expect((await linkTo('sara@kommun.se', 'en-GB,en;q=0.9')).subject).toBe(
      'Din inloggningslänk till Jämställdhetsportalen',
    );
    // No stored choice: the language of the browser that asked, else Swedish.
    expect((await linkTo('ingen@kommun.se', 'en-GB,en;q=0.9')).subject).toBe(
      'Your sign-in link to the Gender Equality Portal',
    );
    // The language the reader chose with the switch (its cookie) wins over the browser's.
    request.languageCookie = 'en';
    expect((await linkTo('ingen@kommun.se', 'sv-SE')).subject).toBe('Your sign-in link to the Gender Equality Portal');
    request.languageCookie = undefined;
    await route.db.verificationToken.deleteMany({ where: { identifier: 'ingen@kommun.se' } });
    const swedish = await linkTo('ingen@kommun.se');
    expect(swedish.subject).toBe('Din inloggningslänk till Jämställdhetsportalen');
    expect(swedish.text).toContain('Klicka på länken inom 30 minuter för att logga in:');
  });
});
