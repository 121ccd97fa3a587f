import { expect, test, type APIRequestContext } from '@playwright/test';
import { stateFile } from './support/personas';

// Guards against server code reaching the browser (issue 18, part 9). The root error page, a client
// component, once imported the page frame and with it the footer's configuration: lib/env and all of
// zod (390 kB) were parsed and run on every page, and /min-sida missed Lighthouse's 95 on a phone.
// Server configuration must never be in the browser's JavaScript, and a page a learner opens needs
// no validation library.

const SERVER_ONLY = ['NEXTAUTH_SECRET', 'DATABASE_URL', 'SMTP_URL', 'ENTRA_CLIENT_SECRET'];
const ZOD = ['$ZodError', '$ZodType'];
// The framework (React, Next's router, next-auth's client) is about 600 kB before compression;
// the portal's own code on these pages is small. Room for growth, not for a library.
const BUDGET_BYTES = 800_000;

async function scriptsOf(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  expect(sources.length, `scripts on ${path}`).toBeGreaterThan(0);
  return Promise.all(
    sources.map(async (src) => {
      const response = await request.get(src);
      expect(response.ok(), src).toBe(true);
      return { src, text: await response.text() };
    }),
  );
}

function check(path: string, scripts: { src: string; text: string }[]) {
  for (const { src, text } of scripts)
    for (const marker of [...SERVER_ONLY, ...ZOD])
      expect(text.includes(marker), `${marker} in ${src} (page ${path})`).toBe(false);
  const bytes = scripts.reduce((sum, s) => sum + Buffer.byteLength(s.text), 0);
  expect(bytes, `JavaScript of ${path}`).toBeLessThan(BUDGET_BYTES);
}

test.describe('anonymous', () => {
  for (const path of ['/', '/vagledning/vad-ar-jamstalldhet'])
    test(`${path} sends no server code or zod to the browser`, async ({ request }) => {
      check(path, await scriptsOf(request, path));
    });
});

test.describe('signed in', () => {
  test.use({ storageState: stateFile('medarbetare') });
  for (const path of ['/min-sida', '/kurser/konsstereotyper'])
    test(`${path} sends no server code or zod to the browser`, async ({ page }) => {
      check(path, await scriptsOf(page.request, path));
    });
});
