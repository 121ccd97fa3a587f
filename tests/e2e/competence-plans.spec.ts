// Issue 17, part 4: a strategist makes an administration's competence plan with the resources the
// politicians decided, and its follow-up moves when people complete the course. Guards against
// half-saved plans (bad input, a second plan for the same year), a plan changed by someone without
// the administration in their reach, and follow-up figures about fewer than five people.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { count } from './support/db';
import { expectNoAxeViolations } from './support/helpers';
import { stateFile } from './support/personas';
import { complete, createAdministration } from './support/plan-fixtures';

const year = String(new Date().getFullYear());

test.describe('a strategist’s competence plan', () => {
  test.use({ storageState: stateFile('strateg') });

  test('is made with decided resources, refuses bad input and a second plan, and follows completions', async ({
    page,
  }) => {
    test.slow();
    const tag = randomBytes(3).toString('hex');
    const admin = await createAdministration(tag);
    await page.goto('/kompetensplaner');
    await expect(page).toHaveTitle(/Kompetensplaner/);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: `Gör en plan för ${admin.name}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('kompetensplan', { ignoreCase: true });
    await expectNoAxeViolations(page);

    const fill = async (target: string, budget: string) => {
      await page.getByLabel('År', { exact: true }).fill(year);
      await page.getByLabel('Timmar per anställd och år').fill('4,5');
      await page.getByLabel('Budget i kronor').fill(budget);
      await page.getByLabel('Beslutsdatum').fill(`${year}-03-14`);
      await page.getByLabel('Beslutets diarienummer eller paragraf').fill(`KS ${year}-03-14 § 45`);
      const goal = page.getByRole('group', { name: 'Mål 1', exact: true });
      await goal.getByLabel('Mål 1: kurs').selectOption({ label: 'Introduktion till jämställdhetsintegrering' });
      await goal.getByLabel('Mål i procent').fill(target);
    };
    const plans = () => count(`SELECT COUNT(*) AS n FROM "CompetencePlan" WHERE "unitId" = ?`, [admin.id]);
    if (await page.getByLabel('Förvaltning').isVisible())
      await page.getByLabel('Förvaltning').selectOption({ label: admin.name });
    await fill('120', '-5');
    await page.getByRole('button', { name: 'Spara planen' }).click();
    await expect(page.getByText('Målet kan inte vara över 100 %.').first()).toBeVisible();
    await expect(page.getByText('Budgeten kan inte vara negativ.').first()).toBeVisible();
    expect(await plans()).toBe(0);
    await expectNoAxeViolations(page);

    await fill('60', '250 000');
    await page.getByRole('button', { name: 'Spara planen' }).click();
    await expect(page).toHaveURL(/\/kompetensplaner\/[^/?]+\?skapad=1$/);
    await expect(page.getByText('Planen är sparad.')).toBeVisible();
    await expect(page.getByText('250 000 kr')).toBeVisible();
    await expect(page.getByText(`KS ${year}-03-14 § 45`)).toBeVisible();
    const planUrl = page.url().split('?')[0]!;
    expect(await plans()).toBe(1);

    // Follow-up: nobody yet; then three women and two men complete the course. The protection
    // blocks are rebuilt within a minute of people being added outside the portal.
    const goals = page.getByRole('table', { name: /Mål: andel som har gått kursen/ });
    const women = admin.people.filter((x) => x.gender === 'KVINNA').map((x) => x.id);
    const men = admin.people.filter((x) => x.gender === 'MAN').map((x) => x.id);
    await complete([...women.slice(0, 3), ...men.slice(0, 2)], 'introduktion-jamstalldhetsintegrering');
    await expect(async () => {
      await page.goto(planUrl);
      await expect(goals).toContainText('60 % (3 av 5)');
      await expect(goals).toContainText('40 % (2 av 5)');
      await expect(goals).toContainText('50 % (5 av 10)');
    }).toPass({ timeout: 90_000, intervals: [2_000, 5_000] });
    await expectNoAxeViolations(page);

    const pdf = await page.request.get(`${planUrl}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');

    // A second plan for the same administration and year is refused, and nothing is saved.
    await page.goto('/kompetensplaner/ny');
    await page.getByLabel('Förvaltning').selectOption({ label: admin.name });
    await fill('50', '1000');
    await page.getByRole('button', { name: 'Spara planen' }).click();
    await expect(page.getByText('Förvaltningen har redan en plan för det året.').first()).toBeVisible();
    expect(await plans()).toBe(1);

    await page.goto(`${planUrl}/andra`);
    await expect(page.getByLabel('Budget i kronor')).toHaveValue(/250\s?000/);
    await expectNoAxeViolations(page);
  });
});

test.describe('someone without the administration in reach', () => {
  test.use({ storageState: stateFile('chef') });

  test('reads the organisation’s plans but cannot change them', async ({ page }) => {
    await page.goto('/kompetensplaner');
    const link = page.getByRole('link', { name: 'Visa planen' }).first();
    await link.click();
    await expect(page).toHaveURL(/\/kompetensplaner\/[^/?]+$/);
    await expect(page).toHaveTitle(/^Kompetensplan –/);
    await expect(page.getByRole('link', { name: 'Ändra planen' })).toHaveCount(0);
    await page.goto(`${page.url().split('?')[0]}/andra`);
    await expect(page.getByRole('heading', { name: 'Du har inte behörighet' })).toBeVisible();
  });
});

test.describe('the politician’s learning path', () => {
  test.use({ storageState: stateFile('politiker') });

  test('links to the plans, which a politician can read', async ({ page }) => {
    await page.goto('/larvagar/politiker');
    await page
      .getByRole('link', { name: /kompetensplaner/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/kompetensplaner/);
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('link', { name: /^Gör en/ })).toHaveCount(0);
  });
});
