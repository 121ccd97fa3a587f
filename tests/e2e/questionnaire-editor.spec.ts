// Issue 17, part 1: a strategist edits the self-assessment in /redaktion and each save is a new
// edition. Guards against a refused save that changes anything, against an edition that the
// people answering do not get, and against anyone but a content editor changing the questions.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { count } from './support/db';
import { createPerson, signIn } from './support/fixtures';
import { expectNoAxeViolations } from './support/helpers';
import { stateFile } from './support/personas';

const editions = () => count(`SELECT COUNT(*) AS n FROM "SelfAssessmentVersion"`, []);

test.describe('a strategist', () => {
  test.use({ storageState: stateFile('strateg') });

  test('adds a statement: a refusal saves nothing, a save is the next edition that people answer', async ({
    page,
    browser,
  }) => {
    test.slow();
    const text = `Jag vet var jag hittar kommunens könsuppdelade statistik (${randomBytes(3).toString('hex')}).`;
    await page.goto('/redaktion');
    await page
      .getByRole('link', { name: /självskattning/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/redaktion\/sjalvskattning$/);
    await expectNoAxeViolations(page);

    const before = await editions();
    const area = page.getByRole('region', { name: 'Vad jämställdhet är' });
    await area.getByText('Lägg till ett påstående i området').click();
    await area.getByRole('button', { name: 'Lägg till påståendet' }).click();
    await expect(area.getByText('Rätta de markerade fälten. Inget är sparat.')).toBeVisible();
    expect(await editions()).toBe(before);
    await expectNoAxeViolations(page);

    await area.getByLabel('Påstående', { exact: true }).last().fill(text);
    for (const box of await area
      .getByRole('group', { name: /Vilka får påståendet/ })
      .last()
      .getByRole('checkbox')
      .all())
      await box.check();
    await area.getByRole('button', { name: 'Lägg till påståendet' }).click();
    await expect(page.getByText(`och sparat som version ${before + 1}.`)).toBeVisible();
    expect(await editions()).toBe(before + 1);

    const person = await createPerson({ unit: 'Förskolan Solrosen' });
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const other = await context.newPage();
    await signIn(other, person);
    await other.goto('/min-sida/sjalvskattning/ny');
    await expect(other.getByRole('group', { name: text })).toBeVisible();
    await context.close();
  });
});

test.describe('an employee', () => {
  test.use({ storageState: stateFile('medarbetare') });

  test('cannot open the questionnaire editor', async ({ page }) => {
    await page.goto('/redaktion/sjalvskattning');
    await expect(page.getByRole('heading', { name: 'Du har inte behörighet' })).toBeVisible();
  });
});
