// Statistics: a strategist filters and exports sex-disaggregated tables, a manager sees only
// their units, an employee gets nothing, and small groups stay hidden in page and export.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/helpers';
import { stateFile } from './support/personas';

test.describe('a strategist', () => {
  test.use({ storageState: stateFile('strateg') });

  test('filters by course and exports the table as CSV with Swedish letters intact', async ({ page }) => {
    // Axe over four tables and two charts plus a download: well over 30 s on a loaded 2-core machine.
    test.slow();
    await page.goto('/statistik');
    await page.getByLabel('Kurs', { exact: true }).selectOption({ label: 'Känn igen och motverka könsstereotyper' });
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect(page).toHaveURL(/kurs=konsstereotyper/);
    const table = page.getByRole('table', { name: 'Har gått klart, per förvaltning och kön (tabell)' });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Förvaltning',
      'Kvinnor',
      'Män',
      'Annat eller ej angivet',
      'Totalt',
    ]);
    await expect(table.getByRole('rowheader', { name: 'Vård- och omsorgsförvaltningen' })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Genomsnitt för urvalet' })).toBeVisible();
    await expect(table.getByText('färre än 5').first()).toBeVisible();
    await expectNoAxeViolations(page);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /Ladda ner som CSV: Har gått klart, per förvaltning och kön/ }).click();
    const file = await download;
    const text = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Förvaltning;Kvinnor: andel %');
    expect(text).toContain('Vård- och omsorgsförvaltningen');
    expect(text).toContain('färre än 5');
  });
});

test.describe('a manager', () => {
  test.use({ storageState: stateFile('chef') });

  test('sees only the administration of their units', async ({ page }) => {
    await page.goto('/statistik');
    const table = page.getByRole('table', { name: 'Har gått klart, per förvaltning och kön (tabell)' });
    await expect(table.getByRole('rowheader')).toHaveText(['Utbildningsförvaltningen', 'Genomsnitt för urvalet']);
    // Other specs add units below Förskola; whatever is there, the manager's list holds their
    // own unit and units below it, never another department or administration.
    const options = await page.getByLabel('Enhet').getByRole('option').allTextContents();
    expect(options.slice(0, 2)).toEqual(['Alla', 'Förskola']);
    expect(options).toContain('– Förskolan Solrosen');
    expect(options.slice(2).filter((name) => !name.startsWith('– '))).toEqual([]);
    expect(options).not.toContain('Grundskola');
  });
});

test.describe('an employee', () => {
  test.use({ storageState: stateFile('medarbetare') });

  test('cannot reach the statistics or their export', async ({ page, request }) => {
    expect((await page.goto('/statistik'))?.status()).toBe(403);
    expect((await request.get('/statistik/export?tabell=forvaltning')).status()).toBe(403);
  });
});
