// Regression guard: a manager cannot assign or remind outside their units, even by crafting the
// request (ids rewritten in the form post the browser sends), and nothing is written when refused.
// Bad input (a past due date, nothing chosen) gets a clear message tied to its field.
import { expect, test, type Page } from '@playwright/test';
import { addDays, stockholmDay } from '../../lib/dates';
import { count, userId, withDb, isPostgres } from './support/db';
import { signIn } from './support/fixtures';
import { expectNoAxeViolations } from './support/helpers';
import { stateFile } from './support/personas';
import { createTeam } from './support/team-fixtures';

const assignments = (id: string) => count('SELECT count(*) AS n FROM "Assignment" WHERE "userId" = ?', [id]);
const unitId = async (name: string) =>
  (
    await withDb((db) =>
      db.query<{ id: string }>(`SELECT id FROM "OrgUnit" WHERE name = ${isPostgres ? '$1' : '?'}`, [name]),
    )
  )[0]!.id;

/** Rewrites the form posts the page sends, putting another id where the browser put a legitimate one. */
async function craft(page: Page, from: string, to: string) {
  await page.route('**/chef**', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.continue();
    await route.continue({
      postData: (request.postDataBuffer() ?? Buffer.alloc(0)).toString('utf8').replaceAll(from, to),
    });
  });
}

test.describe('a manager crafting requests', () => {
  test('cannot assign to a person outside their units or in another organisation', async ({ page }) => {
    const { manager, learner } = await createTeam();
    await signIn(page, manager);
    for (const email of ['chef.omsorg@sjostad.se', 'vera.vardare@norrvik.se']) {
      const outsider = await userId(email);
      const before = await assignments(outsider);
      await page.unrouteAll();
      await craft(page, learner.id, outsider);
      await page.goto('/chef/tilldela');
      await page.getByLabel('Kurs eller lärväg').selectOption({ index: 1 });
      await page.getByLabel(learner.name).check();
      await page.getByRole('button', { name: 'Tilldela' }).click();
      await expect(
        page.getByRole('alert').filter({
          hasText:
            'En eller flera av de valda personerna finns inte eller hör inte till dina enheter. Inget har tilldelats.',
        }),
      ).toBeVisible();
      expect(await assignments(outsider)).toBe(before);
    }
    expect(await assignments(learner.id)).toBe(0);
  });

  test('cannot assign to a whole unit outside their units', async ({ page }) => {
    const { unit, manager } = await createTeam();
    await signIn(page, manager);
    const before = await count('SELECT count(*) AS n FROM "Assignment"', []);
    await craft(page, unit.id, await unitId('Hemtjänst'));
    await page.goto('/chef/tilldela');
    await page.getByLabel('Kurs eller lärväg').selectOption({ index: 1 });
    await page.getByLabel('Alla i en enhet').check();
    await page.getByLabel('Enhet', { exact: true }).selectOption({ label: unit.name });
    await page.getByRole('button', { name: 'Tilldela' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Enheten finns inte eller hör inte till dina enheter.' }),
    ).toBeVisible();
    expect(await count('SELECT count(*) AS n FROM "Assignment"', [])).toBe(before);
  });

  test('cannot remind a person outside their units', async ({ page }) => {
    const { unit, manager, learner } = await createTeam();
    await signIn(page, manager);
    const outsider = await userId('chef.omsorg@sjostad.se');
    await page.goto(`/chef?enhet=${unit.id}`);
    await craft(page, learner.id, outsider);
    await page.getByLabel(`Välj ${learner.name}`).check();
    await page.getByRole('button', { name: 'Skicka påminnelse till valda' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Ingen påminnelse har skickats.' })).toBeVisible();
    expect(
      await count('SELECT count(*) AS n FROM "OutboxMail" WHERE kind = ? AND "dedupeKey" LIKE ?', [
        'manual',
        `manual:${outsider}:%`,
      ]),
    ).toBe(0);
  });

  test('is told what is wrong with a past due date or a missing choice, with nothing written', async ({ page }) => {
    const { unit, manager, learner } = await createTeam();
    await signIn(page, manager);
    await page.goto('/chef/tilldela');
    await page.getByRole('button', { name: 'Tilldela' }).click();
    await expect(page.getByLabel('Kurs eller lärväg')).toHaveAccessibleDescription('Välj en kurs eller lärväg.');
    await page.getByLabel('Kurs eller lärväg').selectOption({ index: 1 });
    await page.getByLabel(`${learner.name} (${unit.name})`).check();
    await page.getByLabel('Klar senast (frivilligt)').evaluate((el) => el.removeAttribute('min'));
    await page.getByLabel('Klar senast (frivilligt)').fill(addDays(stockholmDay(new Date()), -1));
    await page.getByRole('button', { name: 'Tilldela' }).click();
    await expect(page.getByLabel('Klar senast (frivilligt)')).toHaveAccessibleDescription(
      /Slutdatumet har redan passerat/,
    );
    await expect(page.getByLabel(`${learner.name} (${unit.name})`)).toBeChecked();
    await expectNoAxeViolations(page);
    expect(await assignments(learner.id)).toBe(0);
  });
});

test.describe('people without the manager role', () => {
  test.use({ storageState: stateFile('medarbetare') });

  test('get 403 from the assign, rules and export pages', async ({ page, request }) => {
    for (const path of ['/chef/tilldela', '/chef/regler']) expect((await page.goto(path))?.status()).toBe(403);
    const res = await request.get('/chef/export');
    expect(res.status()).toBe(403);
    expect(await res.json()).toEqual({ error: 'Du har inte behörighet till det här.' });
  });
});

test.describe('the demo manager', () => {
  test.use({ storageState: stateFile('chef') });

  test('exports only her own units', async ({ request }) => {
    const csv = (await (await request.get('/chef/export')).body()).toString('utf8');
    expect(csv).toContain('Moa Medarbetare');
    expect(csv).not.toContain('Hussein Hemtjänstchef');
    expect(csv).not.toContain('Vera Vårdare');
  });
});
