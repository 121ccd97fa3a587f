// axe (WCAG 2.1 A and AA) on the guidance pages: the list with a search, a page, and the editor
// with its history, diff, preview and confirmation pages.
import { test } from '@playwright/test';
import { guidePageId } from './support/guide-db';
import { expectNoAxeViolations, waitForSession } from './support/helpers';
import { stateFile } from './support/personas';

const editor = async (suffix = '') =>
  `/redaktion/vagledning/${await guidePageId('steg-4-kompetens-och-larande')}${suffix}`;

const pages: { label: string; path: () => Promise<string>; strateg?: boolean }[] = [
  { label: '/vagledning', path: async () => '/vagledning' },
  { label: '/vagledning?q=stereotyper', path: async () => '/vagledning?q=stereotyper&malgrupp=chef' },
  { label: '/vagledning/[slug]', path: async () => '/vagledning/steg-4-kompetens-och-larande' },
  { label: '/redaktion/vagledning', path: async () => '/redaktion/vagledning', strateg: true },
  { label: '/redaktion/vagledning/ny', path: async () => '/redaktion/vagledning/ny', strateg: true },
  { label: 'the editor', path: () => editor(), strateg: true },
  { label: 'the preview', path: () => editor('/forhandsvisning'), strateg: true },
  { label: 'the history', path: () => editor('/historik'), strateg: true },
  { label: 'a revision', path: () => editor('/historik/1'), strateg: true },
  { label: 'the delete confirmation', path: () => editor('/ta-bort'), strateg: true },
];

for (const entry of pages) {
  test.describe(`${entry.label} as ${entry.strateg ? 'strateg' : 'anonymous'}`, () => {
    if (entry.strateg) test.use({ storageState: stateFile('strateg') });
    test('has no WCAG 2.1 AA violations', async ({ page }) => {
      await page.goto(await entry.path());
      await waitForSession(page);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('the editor after a refused save', () => {
  test.use({ storageState: stateFile('strateg') });
  test('has no WCAG 2.1 AA violations with its errors shown', async ({ page }) => {
    await page.goto('/redaktion/vagledning/ny');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByRole('alert').filter({ hasText: 'Rätta de markerade fälten' }).waitFor();
    await expectNoAxeViolations(page);
  });
});
