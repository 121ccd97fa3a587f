// Regression guard (issue 14, finding 12): a request body over the server's limit (50 MB on the import page) got
// Next's own HTTP 500. Without JavaScript the import form sends whatever file was chosen, so a
// 51 MB file reaches the server; proxy.ts answers it with 413 and a Swedish page before any
// action runs (lib/http-limits.ts). With JavaScript the form refuses it first (import-size.spec.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { stateFile } from './support/personas';

test.use({ storageState: stateFile('admin'), javaScriptEnabled: false });

// Playwright hands at most 50 MB to a file input from memory: a larger file is written to disk.
function bigFile(mib: number, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'personal.csv');
  writeFileSync(file, Buffer.alloc(mib * 1024 * 1024, 'a;'));
  return file;
}

test('a 51 MB post to the import gets 413 and a Swedish page with a way back', async ({ page }, testInfo) => {
  await page.goto('/admin/import');
  await page.getByLabel('CSV-fil från personalsystemet').setInputFiles(bigFile(51, testInfo.outputDir));
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/admin/import'),
    page.getByRole('button', { name: 'Förhandsgranska' }).click(),
  ]);
  expect(answer.status()).toBe(413);
  expect(answer.headers()['content-type']).toContain('text/html');

  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page).toHaveTitle('Filen eller formuläret är för stort – Jämställdhetsportalen');
  await expect(page.getByRole('heading', { level: 1, name: 'Filen eller formuläret är för stort' })).toBeVisible();
  await expect(page.getByText('Högst 24 MB för personalfiler.')).toBeVisible();

  await page.getByRole('link', { name: 'Tillbaka till sidan du kom från' }).click();
  await expect(page).toHaveURL(/\/admin\/import$/);
  await expect(page.getByLabel('CSV-fil från personalsystemet')).toBeVisible();
});
