// Comparison between organisations (issue 15): only organisations that share are shown, to those
// that share; an administrator's opt-out removes their organisation from the others' view at once.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/helpers';
import { stateFile } from './support/personas';

async function as(browser: Browser, persona: 'strateg' | 'norrvikAdmin'): Promise<Page> {
  const context = await browser.newContext({ storageState: stateFile(persona) });
  return context.newPage();
}

async function setSharing(page: Page, share: boolean) {
  await page.goto('/admin/installningar');
  const box = page.getByLabel('Dela våra nyckeltal med andra organisationer i portalen');
  if (share) await box.check();
  else await box.uncheck();
  await page.getByLabel('Visa vårt namn för dem (annars visas vi som till exempel "Kommun A")').check();
  await page.getByRole('button', { name: 'Spara inställningarna' }).click();
  await expect(page.getByText('Inställningarna är sparade.')).toBeVisible();
}

test('two organisations that share compare each other, and an opt-out removes one at once', async ({ browser }) => {
  test.slow();
  const strategist = await as(browser, 'strateg');
  const norrvik = await as(browser, 'norrvikAdmin');
  const rowHeaders = () =>
    strategist.getByRole('table', { name: 'Har gått klart, per organisation och kön (tabell)' }).getByRole('rowheader');

  await strategist.goto('/statistik/jamfor');
  await expect(rowHeaders()).toHaveText(['Sjöstads kommun (er organisation)', 'Region Norrvik']);
  // Norrvik has four people: its figures are hidden, and say why.
  const norrvikRow = strategist.getByRole('row', { name: /^Region Norrvik/ }).first();
  await expect(norrvikRow.getByRole('cell').last()).toHaveText('dold – färre än 5 personer');
  await expectNoAxeViolations(strategist);
  // One key figure at a time: the others are a link away, and the chosen one says so.
  const choices = strategist.getByRole('navigation', { name: 'Nyckeltal' });
  await expect(choices.getByRole('link', { name: 'Har gått klart' })).toHaveAttribute('aria-current', 'page');
  await expect(strategist.getByRole('table')).toHaveCount(1);
  await choices.getByRole('link', { name: 'Försenade tilldelningar' }).click();
  await expect(strategist).toHaveURL(/\/statistik\/jamfor\?matt=forsenade$/);
  await expect(
    strategist.getByRole('table', { name: 'Försenade tilldelningar, per organisation och kön (tabell)' }),
  ).toBeVisible();
  await expect(strategist.getByRole('table')).toHaveCount(1);
  await expect(choices.getByRole('link', { name: 'Försenade tilldelningar' })).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(strategist);
  await strategist.goto('/statistik/jamfor');

  try {
    await setSharing(norrvik, false);
    await strategist.reload();
    await expect(rowHeaders()).toHaveText(['Sjöstads kommun (er organisation)']);
    // Norrvik, no longer sharing, sees nobody else either.
    await norrvik.goto('/statistik/jamfor');
    await expect(norrvik.getByText('Region Norrvik delar inte sina nyckeltal')).toBeVisible();
    await expect(norrvik.getByText('Sjöstads kommun')).toHaveCount(0);
    await expectNoAxeViolations(norrvik);
  } finally {
    await setSharing(norrvik, true);
  }
  await strategist.reload();
  await expect(rowHeaders()).toHaveText(['Sjöstads kommun (er organisation)', 'Region Norrvik']);
});

test('the own key figures download as JSON in the documented schema', async ({ browser }) => {
  const strategist = await as(browser, 'strateg');
  const response = await strategist.request.get('/statistik/jamfor/export?format=json');
  expect(response.status()).toBe(200);
  const json = await response.json();
  expect(json).toMatchObject({ schema: 'jamstalldhetsportalen/nyckeltal/v1', minGroup: 5 });
  expect(json.measures.map((m: { key: string }) => m.key)).toEqual(['completion', 'assigned', 'overdue']);
  expect(json.measures[0].men).toMatchObject({ shown: true });
  expect((await strategist.request.get('/statistik/jamfor/export?format=xml')).status()).toBe(400);
});

test.describe('a manager', () => {
  test.use({ storageState: stateFile('chef') });

  test('cannot open the comparison or its export', async ({ page, request }) => {
    expect((await page.goto('/statistik/jamfor'))?.status()).toBe(403);
    expect((await request.get('/statistik/jamfor/export?format=json')).status()).toBe(403);
  });
});
