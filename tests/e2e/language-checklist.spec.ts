// The CEMR Article 6 checklist in English (issue 21): a strategist reading English works through an
// item in the template's English version (bad input refused in English, nothing written), follows
// the training figures and the history, and gets the action plan in English on the page, as CSV
// and as PDF. An item whose Swedish text was changed after it was translated is shown in Swedish,
// marked `lang="sv"` and said so, on the same English page. An administration's self-assessment
// against SKR's step (written in Swedish only) is scored in the English UI. Items of sections a3
// and a4 only: the Swedish checklist spec works on section a1 of the same organisation.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadChecklists } from '../../lib/content/loader';
import { pdfText } from '../support/pdf-text';
import { count, isPostgres, withDb } from './support/db';
import { createPerson, type Fixture } from './support/fixtures';
import { expectNoAxeViolations } from './support/helpers';
import { expectEnglishPage, signInInEnglish } from './support/languages';

test.use({ locale: 'en-GB' });

const file = loadChecklists().find((c) => c.data.key === 'cemr-artikel-6')!;
const en = file.translations.en!.data;
const item = (data: typeof en, key: string) => data.sections.flatMap((s) => s.items).find((i) => i.key === key)!;
const plan = item(en, 'a3-utbildningsplan');
const people = ['Medarbetare', 'Kommunikation'];
const events = (key: string) => count('SELECT count(*) AS n FROM "ChecklistItemEvent" WHERE "itemKey" = ?', [key]);

/** The published revision of the Article 6 template, as stored. */
async function publishedSnapshot() {
  const p = isPostgres ? '$1' : '?';
  return withDb(async (db) => {
    const [row] = await db.query<{ id: string; snapshot: string }>(
      `SELECT r.id, r.snapshot FROM "ChecklistTemplateRevision" r JOIN "ChecklistTemplate" t ON t."publishedRevisionId" = r.id WHERE t.key = ${p}`,
      ['cemr-artikel-6'],
    );
    return row!;
  });
}
const storeSnapshot = (id: string, snapshot: string) =>
  withDb((db) =>
    db.query(
      `UPDATE "ChecklistTemplateRevision" SET snapshot = ${isPostgres ? '$1' : '?'} WHERE id = ${isPostgres ? '$2' : '?'}`,
      [snapshot, id],
    ),
  );

test.describe.serial('the checklist in English', () => {
  let strategist: Fixture;

  test.beforeAll(async () => {
    const tag = Math.random().toString(36).slice(2, 7);
    strategist = await createPerson({
      role: 'STRATEGIST',
      audience: 'STRATEGIST',
      unit: 'Kommunledningsförvaltningen',
      name: `Sam Strategist ${tag}`,
    });
  });

  test('a strategist works through an item of the English template', async ({ page }) => {
    test.slow();
    await signInInEnglish(page, strategist);
    await page.goto('/checklista');
    await expect(page).toHaveTitle(/^Checklist/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
    await expect(page.getByRole('heading', { level: 1 }).locator('[lang]')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'How far you have come' })).toContainText('The whole article');
    await expect(
      page.getByRole('rowheader', { name: '3. Training and standards of behaviour for staff' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Commitment 3: Training and standards of behaviour for staff' }),
    ).toBeVisible();
    await expectEnglishPage(page);
    await expectNoAxeViolations(page);

    await page
      .getByRole('region', { name: 'The items of the checklist' })
      .getByRole('link', { name: plan.title })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(plan.title);
    await expect(page).toHaveTitle(/^Checklist item/);
    await expect(page.getByText(plan.explanation)).toBeVisible();
    await expect(page.getByText('This item is only available in Swedish.')).toHaveCount(0);

    // Refused in English, nothing written.
    const before = await events('a3-utbildningsplan');
    await page.getByRole('radio', { name: 'Does not apply' }).check();
    await page.getByRole('button', { name: 'Save the item' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Correct the marked fields.' })).toBeVisible();
    await expect(page.getByLabel('Reason the item does not apply')).toHaveAccessibleDescription(
      /Write why the item does not apply\./,
    );
    expect(await events('a3-utbildningsplan')).toBe(before);

    await page.getByRole('radio', { name: 'In progress' }).check();
    await page.getByLabel('Due by').fill('2027-02-15');
    await page.getByLabel('Evidence', { exact: true }).fill('The HR department drafts the plan in January.');
    await page.getByRole('button', { name: 'Save the item' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The item is saved.' })).toBeVisible();
    const now = page.getByRole('region', { name: 'Where it stands now' });
    await expect(now).toContainText('In progress');
    await expect(now).toContainText('15 February 2027');
    await expect(page.getByRole('region', { name: 'History' })).toContainText(/Status: \w[\w ]* → In progress/);
    await expect(page.getByRole('region', { name: 'History' })).toContainText('Due by: no date → 15 February 2027');
    expect(await events('a3-utbildningsplan')).toBe(before + 1);

    // The linked course's training figures, the course named in English.
    const training = page.getByRole('region', { name: 'Training in the portal' });
    await expect(training.locator('caption')).toContainText(
      'Staff who have completed the course “Recognise and counter gender stereotypes”.',
    );
    await expect(training.getByRole('columnheader')).toHaveText(['Group', 'Number', 'Have completed', 'Share']);

    await page.getByLabel('New comment').fill('We start with the managers.');
    await page.getByRole('button', { name: 'Add the comment' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The comment is saved.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Comments' })).toContainText('We start with the managers.');
    // The list of people who can be responsible holds the demo's names and units ("Maja Medarbetare",
    // "Kommunikationsavdelningen"): data, not messages.
    await expectEnglishPage(page, { data: people });
    await expectNoAxeViolations(page);
  });

  test('the action plan is English on the page, as CSV and as PDF', async ({ page }) => {
    test.slow();
    await signInInEnglish(page, strategist);
    await page.goto('/checklista/handlingsplan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action plan');
    await expect(page).toHaveTitle(/^Action plan/);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: plan.title }) });
    await expect(row.getByRole('cell')).toHaveText([
      /In progress/,
      '–',
      '15 February 2027',
      'The HR department drafts the plan in January.',
    ]);
    // The Swedish spec's evidence on the same plan links to "https://sjostad.se/handlingsplan": data.
    await expectEnglishPage(page, { data: [...people, 'handlingsplan'] });
    await expectNoAxeViolations(page);

    await page.goto('/checklista');
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download as CSV (spreadsheet)' }).click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toMatch(/^action-plan-sjostads-kommun-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvFile.path())!, 'utf8')
      .slice(1)
      .split('\r\n');
    expect(csv[0]).toBe('Commitment;Key;Item;Status;Reason (does not apply);Responsible;Due by;Evidence;Links');
    expect(csv.find((l) => l.includes(';a3-utbildningsplan;'))).toBe(
      `Training and standards of behaviour for staff;a3-utbildningsplan;${plan.title};In progress;;;2027-02-15;The HR department drafts the plan in January.;`,
    );

    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download as PDF' }).click();
    const pdfFile = await pdfDownload;
    expect(pdfFile.suggestedFilename()).toMatch(/^action-plan-sjostads-kommun-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = await pdfText(readFileSync((await pdfFile.path())!));
    expect(text).toContain('Action plan');
    expect(text).toContain(plan.title);
    expect(text).toContain('Status: In progress   ·   Responsible: nobody   ·   Due by: 15 February 2027');
    expect(text).toContain('Evidence: The HR department drafts the plan in January.');
    expect(text.filter((l) => /Åtagande|Ansvarig|Klart senast|Underlag|Utskriven/.test(l))).toEqual([]);
  });

  test('an item changed in Swedish since it was translated is shown in Swedish, marked so', async ({ page }) => {
    test.slow();
    const sv = item(file.data, 'a4-utvardering');
    const stored = await publishedSnapshot();
    // As when an editor has published a new Swedish wording of the item: its English no longer translates it.
    const snapshot = JSON.parse(stored.snapshot);
    snapshot.translations.en.items['a4-utvardering'].source = 'translated-from-an-older-text';
    await storeSnapshot(stored.id, JSON.stringify(snapshot));
    try {
      await signInInEnglish(page, strategist);
      await page.goto('/checklista');
      const items = page.getByRole('region', { name: 'The items of the checklist' });
      await expect(items.getByRole('link', { name: sv.title })).toHaveAttribute('lang', 'sv');
      await expect(items.getByRole('link', { name: item(en, 'a4-samverkan').title })).not.toHaveAttribute('lang', /./);
      await expectEnglishPage(page);

      await items.getByRole('link', { name: sv.title }).click();
      await expect(page.getByRole('heading', { level: 1 }).locator('[lang="sv"]')).toHaveText(sv.title);
      await expect(page.getByText('This item is only available in Swedish.')).toBeVisible();
      await expect(page.getByText(sv.explanation)).toHaveAttribute('lang', 'sv');
      // The section it is in is still English.
      await expect(page.getByText(en.sections[3]!.commitment)).not.toHaveAttribute('lang', /./);
      await expectEnglishPage(page, { data: people });
      await expectNoAxeViolations(page);
    } finally {
      await storeSnapshot(stored.id, stored.snapshot);
    }
  });

  test('an administration is scored against SKR’s step in the English UI, the statements in Swedish', async ({
    page,
  }) => {
    test.slow();
    const administration = 'Utbildningsförvaltningen';
    await signInInEnglish(page, strategist);
    await page.goto('/checklista');
    const link = page.getByRole('list', { name: 'Self-assessments' }).getByRole('link').first();
    await expect(link).toHaveAttribute('lang', 'sv');
    await link.click();
    await expect(page).toHaveTitle(/^Self-assessment per administration/);
    await expect(page.getByRole('table', { name: /^Latest assessment per administration/ })).toBeVisible();
    await expect(page.getByText('The self-assessment’s statements are only available in Swedish.')).toBeVisible();
    await expectEnglishPage(page, { data: [administration] });
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: `Make a new assessment for ${administration}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`New assessment: ${administration}`);
    await expect(page.getByRole('heading', { name: 'The levels' })).toBeVisible();
    const fieldsets = page.locator('form fieldset');
    await expect(fieldsets.first().locator('legend')).toHaveAttribute('lang', 'sv');
    const items = await fieldsets.count();
    const first = (await fieldsets.first().getAttribute('id'))!;
    for (const box of await page.locator(`form input[type="radio"][value="3"]:not([name="${first}"])`).all())
      await box.check();
    const rounds = await count('SELECT COUNT(*) AS n FROM "ChecklistScoreRound"', []);
    await page.getByRole('button', { name: 'Save the assessment' }).click();
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'Assess every statement. 1 is missing an answer or has an error. Nothing is saved yet.' }),
    ).toBeFocused();
    await expect(page.locator(`#${first}`)).toContainText('Choose one of the four levels.');
    expect(await count('SELECT COUNT(*) AS n FROM "ChecklistScoreRound"', [])).toBe(rounds);
    await expectEnglishPage(page, { data: [administration] });
    await expectNoAxeViolations(page);

    await page.locator(`#${first}`).getByLabel(/^1 /).check();
    await page.getByLabel('What the management wants to do next (optional)').fill('Time at workplace meetings.');
    await page.getByRole('button', { name: 'Save the assessment' }).click();
    await expect(page).toHaveURL(/\/checklista\/skattning\/[^/?]+\?sparad=1$/);
    await expect(page.getByText('The assessment is saved.')).toBeVisible();
    // (1 + 3 × (n − 1)) / n, one decimal with an English full stop.
    const mean = (Math.round(((1 + 3 * (items - 1)) / items) * 10) / 10).toFixed(1);
    await expect(page.getByText(`Average ${mean} of 4, saved by ${strategist.name}.`)).toBeVisible();
    await expectEnglishPage(page, { data: [administration] });
    await expectNoAxeViolations(page);
  });
});
