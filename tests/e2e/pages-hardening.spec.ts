// Regression guard for issue 14, findings 7 and 9: made-up guide addresses answer 404 without
// adding anything to Next's page cache on disk (it used to grow by 33–58 kB per address), an
// address that is not a slug answers 404 instead of 500, and pages rendered per request run only
// scripts that carry the request's nonce while static guide pages keep working under theirs.
// (Renamed pages' old addresses keep redirecting: guidance-editing.spec.ts.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type Response } from '@playwright/test';
import { rendersPerRequest } from '../../lib/csp';
import { stateFile } from './support/personas';

// Guide pages are kept once per language (app/[locale]); the reader here asks in Swedish.
const pageCache = path.join(process.cwd(), '.next/server/app/sv/vagledning');

function cachedFiles(dir: string = pageCache): number {
  return readdirSync(dir).reduce((count, name) => {
    const full = path.join(dir, name);
    return count + (statSync(full).isDirectory() ? cachedFiles(full) : 1);
  }, 0);
}

const randomSlug = () => `finns-inte-${Math.random().toString(36).slice(2, 10)}`;

function cspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

// Next's inline scripts fill self.__next_f: when it is an array, they ran (and no heading clobbered it).
const inlineScriptsRan = (page: Page) => page.evaluate(() => Array.isArray((self as { __next_f?: unknown }).__next_f));

/** Every <script> tag of the HTML as the server sent it (browsers hide nonce values from the DOM). */
async function scriptTags(response: Response | null): Promise<string[]> {
  return [...((await response?.text()) ?? '').matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
}

test('made-up guide addresses answer 404 and leave the page cache as it was', async ({ request }) => {
  await request.get('/vagledning/steg-4-kompetens-och-larande'); // a prerendered page is in the cache already
  const before = cachedFiles();
  for (let i = 0; i < 30; i++) {
    const slug = randomSlug();
    expect((await request.get(`/vagledning/${slug}`)).status(), slug).toBe(404);
  }
  await new Promise((resolve) => setTimeout(resolve, 1000)); // a cache write would follow the answer
  expect(cachedFiles()).toBe(before);
  expect((await request.get('/vagledning/steg-4-kompetens-och-larande')).status()).toBe(200);
});

test('an address no guide can have answers 404, not an error', async ({ page }) => {
  for (const address of ['/vagledning/%25', '/vagledning/%2525', '/vagledning/%C3%A5', '/vagledning/STOR'])
    expect((await page.request.get(address)).status(), address).toBe(404);
  const response = await page.goto('/vagledning/%25');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Sidan finns inte' })).toBeVisible();
});

test.describe('a page rendered per request runs only scripts with its nonce', () => {
  test.use({ storageState: stateFile('medarbetare') });

  for (const [address, signedIn] of [
    ['/min-sida', true],
    ['/logga-in', false],
  ] as const) {
    test(address, async ({ page, browser }) => {
      const reader = signedIn ? page : await (await browser.newContext()).newPage();
      const errors = cspErrors(reader);
      const response = await reader.goto(address);
      expect(response?.status()).toBe(200);
      const policy = response!.headers()['content-security-policy']!;
      const nonce = nonceOf(policy);
      expect(nonce).toBeTruthy();
      expect(policy).toContain("'strict-dynamic'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(policy).not.toMatch(/data:|blob:/);
      const scripts = await scriptTags(response);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      // Another request, another nonce.
      const again = await reader.request.get(address);
      expect(nonceOf(again.headers()['content-security-policy']!)).not.toBe(nonce);
      await reader.waitForLoadState('networkidle');
      expect(await inlineScriptsRan(reader)).toBe(true);
      expect(errors).toEqual([]);
    });
  }
});

test('a static guide page keeps its policy and runs without violations', async ({ page }) => {
  const errors = cspErrors(page);
  const response = await page.goto('/vagledning/steg-4-kompetens-och-larande');
  expect(response?.status()).toBe(200);
  const policy = response!.headers()['content-security-policy']!;
  expect(policy).toContain("script-src 'self' 'unsafe-inline'");
  expect(policy).not.toContain('nonce-');
  expect(policy).not.toMatch(/data:|blob:/);
  const toc = page.getByRole('navigation', { name: 'Innehåll på sidan' }).first();
  await toc.getByRole('link', { name: 'En kultur som stöder lärande' }).click();
  await expect(page).toHaveURL(/#user-content-en-kultur-som-st/);
  await page.waitForLoadState('networkidle');
  expect(await inlineScriptsRan(page)).toBe(true);
  expect(errors).toEqual([]);
});

// A page Next prerendered cannot carry a nonce: given the nonce policy, none of its scripts would
// run. The suite runs against a fresh build, so its manifest lists every prerendered page.
test('every page the build prerendered gets the static policy', () => {
  const manifest = path.join(process.cwd(), '.next/prerender-manifest.json');
  const prerendered = Object.keys((JSON.parse(readFileSync(manifest, 'utf8')) as { routes: object }).routes);
  // Each page once per language (app/[locale]); readers ask for it without the language.
  expect(prerendered).toEqual(expect.arrayContaining(['/sv', '/en', '/sv/om/tillganglighet', '/en/om/tillganglighet']));
  const routes = prerendered.map((route) => route.replace(/^\/(sv|en)(?=\/|$)/, '') || '/');
  expect(routes.filter(rendersPerRequest)).toEqual([]);
});
