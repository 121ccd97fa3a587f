// Issue 17, part 1: a person answers the self-assessment, sees the areas to start with and the
// courses for them, answers again later and sees the change. Guards against a refusal that throws
// away the answers already chosen, and against a result that anyone but the person can open.
import { expect, test } from '@playwright/test';
import { createPerson, signIn } from './support/fixtures';
import { expectNoAxeViolations, expectNoSidewaysScroll } from './support/helpers';

test('an employee answers, gets courses for the lowest areas, answers again and sees the change', async ({ page }) => {
  test.slow();
  const me = await createPerson({ unit: 'Förskolan Solrosen' });
  await signIn(page, me);
  await page.goto('/min-sida');
  await page.getByRole('link', { name: 'Till din självskattning' }).click();
  await page.getByRole('link', { name: 'Gör självskattningen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Självskattning');
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);

  // Everything answered but one statement: nothing is saved, the missing one is named and linked,
  // and every answer already chosen is still chosen.
  const radios = (value: string, names = '') => page.locator(`form input[type="radio"][value="${value}"]${names}`);
  const stereotypes = '[name^="s-stereotyper-"]';
  const first = await page.locator('form fieldset').first().getAttribute('id');
  for (const box of await radios('4', `:not(${stereotypes}):not([name="${first}"])`).all()) await box.check();
  for (const box of await radios('1', stereotypes).all()) await box.check();
  await page.getByRole('button', { name: 'Spara mina svar' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Svara på alla påståenden. 1 saknar svar.' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveAttribute('href', `#${first}`);
  await expect(page.locator(`#${first}`)).toContainText('Välj ett av de fyra svaren.');
  expect(await radios('1', `${stereotypes}:checked`).count()).toBe(await radios('1', stereotypes).count());
  await expectNoAxeViolations(page);

  await page.locator(`#${first}`).getByLabel(/^4 /).check();
  await page.getByRole('button', { name: 'Spara mina svar' }).click();
  await expect(page).toHaveURL(/\/min-sida\/sjalvskattning\?sparad=1$/);
  await expect(page.getByText('Dina svar är sparade.')).toBeVisible();
  const start = page.getByRole('region', { name: 'Att börja med' });
  await expect(start.getByRole('heading', { level: 3 })).toHaveCount(1);
  await expect(start.getByRole('link', { name: 'Känn igen och motverka könsstereotyper' })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);

  // Later: higher everywhere. The change shows, and so does the history of both rounds.
  await page.getByRole('link', { name: 'Gör självskattningen igen' }).click();
  // all() does not wait: the form must be there before its boxes are collected.
  await expect(page.getByRole('button', { name: 'Spara mina svar' })).toBeVisible();
  for (const box of await radios('4').all()) await box.check();
  await page.getByRole('button', { name: 'Spara mina svar' }).click();
  await expect(page.getByText('Dina svar är sparade.')).toBeVisible();
  const result = page.getByRole('table', { name: /Ditt resultat/ });
  await expect(result.getByRole('row', { name: /Stereotyper|stereotyper/ })).toContainText('+3,0');
  await expect(page.getByRole('table', { name: /Alla gånger du har svarat/ }).getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Att börja med' })).toContainText('Du skattar dig till 3 eller 4');
});

test('the self-assessment needs signing in', async ({ page }) => {
  await page.goto('/min-sida/sjalvskattning');
  await expect(page).toHaveURL(/\/logga-in/);
});
