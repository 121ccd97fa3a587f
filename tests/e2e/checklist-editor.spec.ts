// Guards checklist template editing in /redaktion/checklistor: every save is a new version that
// organisations see only once it is published, an old version can be restored, and a save
// based on an out-of-date version is refused without losing what the editor typed.
import { expect, test, type Page } from '@playwright/test';
import { stateFile } from './support/personas';

const key = 'vard-riktlinjer';
const original = 'Riktlinjer och rutiner i vård och omsorg tar hänsyn till kön';

async function openEditor(page: Page) {
  await page.goto('/redaktion/checklistor/cemr-artikel-6');
  const item = page.getByRole('group').filter({ hasText: `(${key})` });
  await item.locator('summary').click();
  return item;
}

test.use({ storageState: stateFile('strateg') });

test('a strategist edits an item, publishes it, and restores the earlier version', async ({ page }) => {
  test.slow();
  const item = await openEditor(page);
  await item
    .getByLabel('Rubrik', { exact: true })
    .fill('Riktlinjerna i vård och omsorg är granskade ur ett jämställdhetsperspektiv');
  await item.getByLabel('Anteckning om ändringen (frivillig)').fill('Tydligare rubrik');
  await item.getByRole('button', { name: 'Spara punkten' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Sparat som version \d+/ })).toBeVisible();
  await expect(page.locator('#versionsstatus')).toContainText('är inte publicerad ännu');

  // Not published yet: organisations still see the old wording.
  await page.goto('/checklista');
  await expect(page.getByRole('link', { name: original })).toBeVisible();

  await page.goto('/redaktion/checklistor/cemr-artikel-6');
  await page.getByRole('button', { name: /^Publicera version \d+$/ }).click();
  await expect(page.locator('#versionsstatus')).not.toContainText('är inte publicerad ännu');
  await page.goto('/checklista');
  await expect(
    page.getByRole('link', { name: 'Riktlinjerna i vård och omsorg är granskade ur ett jämställdhetsperspektiv' }),
  ).toBeVisible();

  await page.goto('/redaktion/checklistor/cemr-artikel-6');
  const history = page.getByRole('region', { name: 'Versioner', exact: true });
  await expect(history.getByRole('row').filter({ hasText: 'Tydligare rubrik' })).toContainText('Gäller nu');
  await history.getByRole('button', { name: 'Återställ version 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Version 1 är återställd som version \d+/ })).toBeVisible();
  await page.getByRole('button', { name: /^Publicera version \d+$/ }).click();
  await expect(page.locator('#versionsstatus')).not.toContainText('är inte publicerad ännu');
  await page.goto('/checklista');
  await expect(page.getByRole('link', { name: original })).toBeVisible();
});

test('a save from an out-of-date page is refused and keeps what was typed', async ({ page, browser }) => {
  test.slow();
  const stale = await openEditor(page);
  const other = await (await browser.newContext({ storageState: stateFile('strateg') })).newPage();
  await other.goto('/redaktion/checklistor/cemr-artikel-6');
  // A real change from the other page bumps the template's version.
  await other.getByText('Ändra avsnittet').last().click();
  const section = other.getByRole('group').filter({ hasText: 'Ändra avsnittet' }).last();
  await section.getByLabel('Anteckning om ändringen (frivillig)').fill('Bara en anteckning');
  await section.getByLabel('Avsnittets rubrik').fill('Vård och omsorg (artikel 14 och 15)');
  await section.getByRole('button', { name: 'Spara avsnittet' }).click();
  await expect(other.getByRole('status').filter({ hasText: /Sparat som version \d+/ })).toBeVisible();

  await stale.getByLabel('Exempel').fill('Ett nytt exempel som inte får gå förlorat.');
  await stale.getByRole('button', { name: 'Spara punkten' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat mallen medan du arbetade.' }),
  ).toBeVisible();
  await expect(stale.getByLabel('Exempel')).toHaveValue('Ett nytt exempel som inte får gå förlorat.');
});
