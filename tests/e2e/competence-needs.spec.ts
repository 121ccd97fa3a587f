// Competence needs per unit (issue 17, part 2). Guards against: needs figures about fewer than 5
// people who answered (a hidden cell must say why), women and men not both shown where each has
// enough answers, a manager seeing units outside their own, and an employee reaching the page.
import { randomBytes, randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { isPostgres, withDb } from './support/db';
import { expectNoAxeViolations, expectNoSidewaysScroll } from './support/helpers';
import { stateFile } from './support/personas';
import { createStaff, createTopUnit, dbDate } from './support/team-fixtures';

const p = (n: number) => (isPostgres ? `$${n}` : '?');
const areas = ['grunder', 'strategin', 'styrning', 'analys', 'stereotyper'];

/**
 * A workplace of its own at the top of the tree: its 5 women and 6 men are protection blocks of
 * their own. All women answered (analysis 1.5, the other areas 2.5: all "behöver stöd"), 4 of the
 * men (every area 3.5).
 */
async function createAnsweredWorkplace(tag: string) {
  const { id, name } = await createTopUnit(`Kompetensenheten ${tag}`);
  const people = await createStaff({
    unit: name,
    women: 5,
    men: 6,
    name: (gender, i) => `Behov ${gender} ${i} ${tag}`,
  });
  for (const [i, person] of people.entries()) {
    const answered = person.gender === 'KVINNA' || i < 5 + 4;
    if (!answered) continue;
    await withDb(async (db) => {
      const [version] = await db.query<{ id: string }>(
        `SELECT id FROM "SelfAssessmentVersion" ORDER BY version DESC LIMIT 1`,
        [],
      );
      const [user] = await db.query<{ organisationId: string }>(
        `SELECT "organisationId" FROM "User" WHERE id = ${p(1)}`,
        [person.id],
      );
      const round = randomUUID();
      await db.query(
        `INSERT INTO "SelfAssessmentRound" (id, "organisationId", "userId", "versionId", audience, answers, "completedAt") VALUES (${[1, 2, 3, 4, 5, 6, 7].map(p).join(', ')})`,
        [
          round,
          user!.organisationId,
          person.id,
          version!.id,
          'EMPLOYEE',
          '{}',
          dbDate(new Date(Date.now() - 86_400_000)),
        ],
      );
      for (const area of areas)
        await db.query(
          `INSERT INTO "SelfAssessmentAreaScore" ("roundId", area, mean) VALUES (${p(1)}, ${p(2)}, ${p(3)})`,
          [round, area, person.gender === 'MAN' ? 3.5 : area === 'analys' ? 1.5 : 2.5],
        );
    });
  }
  return { id, name };
}

test.describe('a strategist', () => {
  test.use({ storageState: stateFile('strateg') });

  test('sees women and men per unit, a hidden cell that says why, and the largest need', async ({ page }) => {
    test.slow();
    const unit = await createAnsweredWorkplace(randomBytes(3).toString('hex'));
    const table = page.getByRole('table', { name: /^Analysera den egna verksamheten: medelvärde/ });
    const row = table.getByRole('row', { name: new RegExp(`^${unit.name}`) });
    // The organisation's protection blocks are remembered for up to a minute, and the new people
    // were written straight to the database: look again until they are counted.
    await expect(async () => {
      await page.goto(`/statistik/behov?enhet=${unit.id}`);
      await expect(row.getByRole('cell').nth(0)).toContainText('1,5', { timeout: 2_000 });
    }).toPass({ timeout: 90_000 });
    await expect(table.getByRole('columnheader')).toHaveText(['Enhet', 'Kvinnor', 'Män', 'Alla']);
    await expect(row.getByRole('cell').nth(0)).toContainText(/100\s%\sbehöver stöd/);
    await expect(row.getByRole('cell').nth(1)).toHaveText('dold – färre än 5 har svarat');
    const answered = page.getByRole('table', { name: 'Andel som har svarat, per kön' });
    const counts = answered.getByRole('row', { name: new RegExp(`^${unit.name}`) }).getByRole('cell');
    await expect(counts.nth(0)).toContainText('(5 av 5)');
    await expect(counts.nth(1)).toContainText('(4 av 6)');
    // One block of men with 4 answers hides the whole selection's mean; the rows still name the need.
    const needs = page.getByRole('region', { name: 'Störst behov' });
    await expect(needs).toContainText('Lägst skattning har området Analysera den egna verksamheten.');
    await expect(needs).toContainText(`Lägst är det i ${unit.name} (1,5).`);
    await expect(needs.getByRole('link', { name: /^Planera en gruppträff/ })).toHaveAttribute(
      'href',
      '/chef/traffar/ny',
    );
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);

    // Turning the need into action: the rule form opens with the recommended course and the unit.
    await needs.getByRole('link', { name: new RegExp(`^Tilldela kursen .+ till ${unit.name}$`) }).click();
    await expect(page).toHaveURL(/\/chef\/regler\?kurs=[a-z0-9-]+&enhet=/);
    await expect(page.getByLabel('Kurs eller lärväg')).toHaveValue(/^course:/);
    await expect(page.getByLabel('Enhet', { exact: true })).toHaveValue(unit.id);
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Regeln är sparad. 11 personer fick kursen nu' }),
    ).toBeVisible();
  });

  test('finds the page from the statistics', async ({ page }) => {
    await page.goto('/statistik');
    await page.getByRole('link', { name: 'Kompetensbehov enligt självskattningen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kompetensbehov' })).toBeVisible();
  });
});

test.describe('a manager', () => {
  test.use({ storageState: stateFile('chef') });

  test('sees only the administration of their units', async ({ page }) => {
    await page.goto('/statistik/behov');
    const table = page.getByRole('table', { name: 'Andel som har svarat, per kön' });
    await expect(table.getByRole('rowheader')).toHaveText(['Utbildningsförvaltningen', 'Hela urvalet']);
    const options = await page.getByLabel('Enhet').getByRole('option').allTextContents();
    expect(options.slice(0, 2)).toEqual(['Alla', 'Förskola']);
    expect(options.slice(2).filter((name) => !name.startsWith('– '))).toEqual([]);
    await expectNoSidewaysScroll(page);
  });
});

test.describe('an employee', () => {
  test.use({ storageState: stateFile('medarbetare') });

  test('cannot reach the page', async ({ page }) => {
    expect((await page.goto('/statistik/behov'))?.status()).toBe(403);
  });
});
