// Guards the CEMR Article 6 checklist end to end: a strategist fills in items (bad input refused,
// nothing written), the responsible manager changes only their own item (the server refuses the
// rest), an employee reads but cannot change, and the exports carry what was entered.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { pdfText } from '../support/pdf-text';
import { count } from './support/db';
import { expectNoAxeViolations } from './support/helpers';
import { createPerson, signIn, type Fixture } from './support/fixtures';
import { stateFile } from './support/personas';

const items = {
  plan: 'Åtgärder mot könsstereotyper finns med i handlingsplanen för jämställdhet',
  owner: 'En namngiven funktion ansvarar för arbetet med artikel 6',
  forms: 'Blanketter, mallar och rutiner är granskade för könsstereotyper',
};
const events = (key: string) => count('SELECT count(*) AS n FROM "ChecklistItemEvent" WHERE "itemKey" = ?', [key]);

async function openItem(page: Page, title: string) {
  await page.goto('/checklista');
  await page
    .getByRole('region', { name: 'Punkterna i checklistan' })
    .getByRole('link', { name: title, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

const save = (page: Page) => page.getByRole('button', { name: 'Spara punkten' }).click();
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'Punkten är sparad.' })).toBeVisible();

async function as(browser: Browser, who: Fixture) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}

test.describe.serial('the checklist from strategist to export', () => {
  let strategist: Fixture;
  let manager: Fixture;
  const tag = Math.random().toString(36).slice(2, 7);

  test.beforeAll(async () => {
    strategist = await createPerson({
      role: 'STRATEGIST',
      audience: 'STRATEGIST',
      unit: 'Kommunledningsförvaltningen',
      name: `Stella Strateg ${tag}`,
    });
    manager = await createPerson({ role: 'MANAGER', audience: 'MANAGER', unit: 'Förskola', name: `Mats Chef ${tag}` });
  });

  test('a strategist sets statuses, evidence and a responsible person; bad input is refused', async ({ page }) => {
    test.slow();
    await signIn(page, strategist);
    await openItem(page, items.plan);

    await page.getByRole('radio', { name: 'Ej aktuell' }).check();
    await save(page);
    await expect(page.getByRole('alert').filter({ hasText: 'Rätta de markerade fälten.' })).toBeVisible();
    await expect(page.getByLabel('Skäl till att punkten inte är aktuell')).toHaveAccessibleDescription(
      /Skriv varför punkten inte är aktuell\./,
    );
    await expectNoAxeViolations(page);

    await page.getByRole('radio', { name: 'Pågår' }).check();
    await page.getByLabel('Ansvarig', { exact: true }).selectOption({ label: `${manager.name} (Förskola)` });
    await page.getByLabel('Klart senast').fill('2027-01-31');
    await page.getByLabel('Underlag', { exact: true }).fill('Kommunstyrelsen beslutar om planen i mars.');
    await page.getByLabel('Länkar till underlag').fill('javascript:alert(1)');
    await save(page);
    await expect(page.getByLabel('Länkar till underlag')).toHaveAccessibleDescription(
      /måste vara en webbadress som börjar med http:\/\/ eller https:\/\//,
    );
    // Nothing written, and what was typed is still there.
    expect(await events('a1-handlingsplan')).toBe(0);
    await expect(page.getByLabel('Underlag', { exact: true })).toHaveValue(
      'Kommunstyrelsen beslutar om planen i mars.',
    );
    await expect(page.getByLabel('Ansvarig', { exact: true })).toHaveValue(manager.id);

    await page.getByLabel('Länkar till underlag').fill('https://sjostad.se/handlingsplan');
    await save(page);
    await saved(page);
    const now = page.getByRole('region', { name: 'Läget just nu' });
    await expect(now).toContainText('Pågår');
    await expect(now).toContainText(manager.name);
    await expect(now).toContainText('31 januari 2027');
    await expect(now.getByRole('link', { name: 'https://sjostad.se/handlingsplan' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Historik' })).toContainText(`Ansvarig: ingen → ${manager.name}`);
    expect(await events('a1-handlingsplan')).toBe(1);

    await openItem(page, items.owner);
    await page.getByRole('radio', { name: 'Klar' }).check();
    await save(page);
    await saved(page);

    await openItem(page, items.forms);
    await page.getByRole('radio', { name: 'Pågår' }).check();
    await page.getByLabel('Ansvarig', { exact: true }).selectOption({ label: `${manager.name} (Förskola)` });
    await page.getByLabel('Klart senast').fill('2026-01-15');
    await save(page);
    await saved(page);

    await page.goto('/checklista');
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '1. Motverka fördomar och stereotypa föreställningar' }) });
    await expect(row.getByRole('cell')).toHaveText(['1', '2', '1', '0', '25 %']);
    const overdue = page.getByRole('region', { name: /Försenade punkter/ });
    await expect(overdue.getByRole('link', { name: items.forms })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Handlingsplanen' })).toContainText('klar senast 18 mars 2027');
  });

  test('the responsible manager updates their item, and the server refuses items that are not theirs', async ({
    page,
    browser,
  }) => {
    test.slow();
    await signIn(page, manager);
    await openItem(page, items.plan);
    await expect(page.getByText('bara strateger och administratörer kan byta ansvarig')).toBeVisible();
    await page.getByRole('radio', { name: 'Klar' }).check();
    await page.getByLabel('Underlag', { exact: true }).fill('Planen antogs av kommunfullmäktige, § 47.');
    await save(page);
    await saved(page);

    await openItem(page, items.owner);
    await expect(page.getByText('Du kan läsa checklistan men inte ändra den här punkten.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Spara punkten' })).toHaveCount(0);

    // The manager has the form open when a strategist hands the item to nobody: saving is refused.
    await openItem(page, items.forms);
    const other = await as(browser, strategist);
    await openItem(other, items.forms);
    await other.getByLabel('Ansvarig', { exact: true }).selectOption('');
    await save(other);
    await saved(other);
    const before = await events('a1-blanketter-och-rutiner');
    await page.getByRole('radio', { name: 'Klar' }).check();
    await save(page);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Du kan bara ändra punkter där du är ansvarig.' }),
    ).toBeVisible();
    expect(await events('a1-blanketter-och-rutiner')).toBe(before);
  });

  test('an employee reads the checklist but cannot change it', async ({ browser }) => {
    test.slow();
    const page = await (await browser.newContext({ storageState: stateFile('medarbetare') })).newPage();
    await page.goto('/checklista');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: items.plan }) });
    await expect(row).toContainText('Klar');
    await expect(row).toContainText(manager.name);
    await openItem(page, items.plan);
    await expect(page.getByRole('region', { name: 'Läget just nu' })).toContainText(
      'Planen antogs av kommunfullmäktige, § 47.',
    );
    await expect(page.getByText('Du kan läsa checklistan men inte ändra den här punkten.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Spara punkten' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Lägg till kommentaren' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the action plan exports contain what was entered', async ({ page }) => {
    test.slow();
    await signIn(page, strategist);
    const csv = await page.request.get('/checklista/handlingsplan.csv');
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers()['content-disposition']).toMatch(
      /filename="handlingsplan-sjostads-kommun-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const line = bytes
      .toString('utf8')
      .split('\r\n')
      .find((l) => l.includes(';a1-handlingsplan;'))!;
    expect(line).toBe(
      `Motverka fördomar och stereotypa föreställningar;a1-handlingsplan;${items.plan};Klar;;${manager.name};2027-01-31;"Planen antogs av kommunfullmäktige, § 47.";https://sjostad.se/handlingsplan`,
    );

    const pdf = await page.request.get('/checklista/handlingsplan.pdf');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const text = await pdfText(await pdf.body());
    expect(text).toContain('Sjöstads kommun');
    expect(text).toContain(items.plan);
    expect(text).toContain(`Status: Klar   ·   Ansvarig: ${manager.name}   ·   Klart senast: 31 januari 2027`);
    expect(text).toContain('Underlag: Planen antogs av kommunfullmäktige, § 47.');

    await page.goto('/checklista/handlingsplan');
    await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan' })).toBeVisible();
    const planRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: items.plan }) });
    await expect(planRow.getByRole('cell')).toHaveText([
      /Klar/,
      manager.name,
      '31 januari 2027',
      /Planen antogs av kommunfullmäktige, § 47\.\s*https:\/\/sjostad\.se\/handlingsplan/,
    ]);
    await expectNoAxeViolations(page);
  });
});
