// Regression guard (issue 14, finding 12): an HR file over the limit got HTTP 500 when its request
// passed Next's body limit, before the import action could answer. The form now refuses a
// file over 24 MB before anything is sent, and without JavaScript a file between the limits gets
// the action's own Swedish message.
import { expect, test } from '@playwright/test';
import { stateFile } from './support/personas';

test.use({ storageState: stateFile('admin') });

const TOO_BIG = 'Filen är större än 24 MB. Dela upp den i flera filer.';
const file = (mib: number) => ({
  name: 'personal.csv',
  mimeType: 'text/csv',
  buffer: Buffer.alloc(mib * 1024 * 1024, 'a;'),
});

test('a 25 MB file is refused in the form with the Swedish message, and nothing is posted', async ({ page }) => {
  await page.goto('/admin/import');
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  await page.getByLabel('CSV-fil från personalsystemet').setInputFiles(file(25));
  await expect(page.getByText(TOO_BIG)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Förhandsgranska' })).toBeDisabled();
  // A submit that gets past the button (a script, a form sent before the page was ready).
  await page
    .locator('form')
    .filter({ has: page.locator('input[type=file]') })
    .evaluate((f: HTMLFormElement) => f.requestSubmit());
  await expect(page.getByText(TOO_BIG)).toBeVisible();
  expect(posts).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a 25 MB file reaches the action and gets its Swedish message', async ({ page }) => {
    await page.goto('/admin/import');
    await page.getByLabel('CSV-fil från personalsystemet').setInputFiles(file(25));
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await expect(page.getByText(TOO_BIG)).toBeVisible();
  });
});
