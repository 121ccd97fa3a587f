// Issue 17, part 3: an administration's management scores SKR's step 4 (1–4 per statement); each
// round is kept and compared over time and with the other administrations. Guards against a
// refusal that throws away the levels already chosen, a manager of a unit further down (or of
// another administration) scoring the whole administration, and a half-saved round.
import { expect, test } from '@playwright/test';
import { count, isPostgres, unitId, withDb } from './support/db';
import { createPerson, signIn } from './support/fixtures';
import { expectNoAxeViolations } from './support/helpers';
import { stateFile } from './support/personas';
import { dbDate } from './support/team-fixtures';

const ADMINISTRATION = 'Vård- och omsorgsförvaltningen';
const p = (n: number) => (isPostgres ? `$${n}` : '?');

async function administrationManager() {
  const manager = await createPerson({ unit: ADMINISTRATION, role: 'MANAGER', audience: 'MANAGER' });
  const id = await unitId(ADMINISTRATION);
  await withDb((db) =>
    db.query(`INSERT INTO "UnitManager" ("userId", "unitId", "createdAt") VALUES (${p(1)}, ${p(2)}, ${p(3)})`, [
      manager.id,
      id,
      dbDate(new Date()),
    ]),
  );
  return manager;
}

test('the administration’s manager scores the step; a missing level keeps the others and saves nothing', async ({
  page,
}) => {
  test.slow();
  const manager = await administrationManager();
  await signIn(page, manager);
  await page.goto('/checklista');
  await page.getByRole('link', { name: /^Självskattning: ledningen ger förutsättningar/ }).click();
  await expect(page).toHaveTitle(/Självskattning per förvaltning/);
  await expect(page.getByRole('table', { name: /Senaste skattningen per förvaltning/ })).toBeVisible();
  await expectNoAxeViolations(page);
  // Only their own administration can be scored.
  await expect(page.getByRole('link', { name: /^Gör en ny skattning för/ })).toHaveCount(1);
  await page.getByRole('link', { name: `Gör en ny skattning för ${ADMINISTRATION}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ny skattning: ${ADMINISTRATION}`);
  await expectNoAxeViolations(page);

  const fieldsets = page.locator('form fieldset');
  await expect(fieldsets.first()).toBeVisible();
  const items = await fieldsets.count();
  expect(items).toBeGreaterThanOrEqual(8);
  const first = (await fieldsets.first().getAttribute('id'))!;
  for (const box of await page.locator(`form input[type="radio"][value="3"]:not([name="${first}"])`).all())
    await box.check();
  const rounds = await count(`SELECT COUNT(*) AS n FROM "ChecklistScoreRound"`, []);
  await page.getByRole('button', { name: 'Spara skattningen' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Skatta alla påståenden. 1 saknar svar' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveAttribute('href', `#${first}`);
  await expect(page.locator(`#${first}`)).toContainText('Välj en av de fyra nivåerna.');
  await expect(page.locator('form input[type="radio"][value="3"]:checked')).toHaveCount(items - 1);
  expect(await count(`SELECT COUNT(*) AS n FROM "ChecklistScoreRound"`, [])).toBe(rounds);
  await expectNoAxeViolations(page);

  await page.locator(`#${first}`).getByLabel(/^1 /).check();
  await page.getByLabel('Vad ledningen vill göra härnäst (frivilligt)').fill('Avsätta tid på APT för grundkursen.');
  await page.getByRole('button', { name: 'Spara skattningen' }).click();
  await expect(page).toHaveURL(/\/checklista\/skattning\/[^/?]+\?sparad=1$/);
  await expect(page.getByText('Skattningen är sparad.')).toBeVisible();
  // (1 + 3 × (n − 1)) / n, one decimal with a Swedish comma.
  const mean = (Math.round(((1 + 3 * (items - 1)) / items) * 10) / 10).toFixed(1).replace('.', ',');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ADMINISTRATION);
  await expect(page.getByText(`Medelvärde ${mean} av 4`, { exact: false })).toBeVisible();
  await expect(page.getByText('Avsätta tid på APT för grundkursen.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Compared over time: the demo's round before and this one, with the change.
  await page.getByRole('link', { name: 'Alla förvaltningars skattningar' }).click();
  const row = page.getByRole('row', { name: new RegExp(ADMINISTRATION) });
  await expect(row).toContainText(mean);
  await expect(row).toContainText('sedan förra');
});

test.describe('scoring another administration', () => {
  test.use({ storageState: stateFile('chef') });

  test('is refused to a manager of a unit below it, who still reads the comparison', async ({ page }) => {
    const utbildning = await unitId('Utbildningsförvaltningen');
    await page.goto(`/checklista/skattning/ny?forvaltning=${utbildning}`);
    await expect(page.getByRole('heading', { name: 'Du har inte behörighet' })).toBeVisible();
    await page.goto('/checklista/skattning');
    await expect(page.getByRole('table', { name: /Senaste skattningen per förvaltning/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Gör en ny skattning för/ })).toHaveCount(0);
  });
});
