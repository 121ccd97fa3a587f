// Regression guard for the administrator's everyday work: people (create, edit, deactivate,
// reactivate, search, paging), units (create, rename, move, managers), organisation settings and
// the audit log that records each change. Fixture people and units are new in every run.
import { expect, test } from '@playwright/test';
import { findUser, organisationName } from './support/db';
import { stateFile } from './support/personas';

const run = Date.now().toString(36);

test.describe.serial('people and units', () => {
  test.use({ storageState: stateFile('admin') });
  const email = `ny.person.${run}@sjostad.se`;

  test('an administrator adds a person, with Swedish field errors first', async ({ page }) => {
    await page.goto('/admin/personer/ny');
    await page.getByRole('button', { name: 'Lägg till' }).click();
    await expect(page.getByLabel('Namn')).toHaveAccessibleDescription('Skriv ett namn.');
    await page.getByLabel('Namn').fill('Nora Nyanställd');
    await page.getByLabel('E-postadress').fill('vera.vardare@norrvik.se');
    await page.getByRole('button', { name: 'Lägg till' }).click();
    await expect(page.getByLabel('E-postadress')).toHaveAccessibleDescription(
      /används redan av ett annat konto i portalen/,
    );
    await expect(page.getByText('Region Norrvik')).toHaveCount(0);
    await expect(page.getByLabel('Namn')).toHaveValue('Nora Nyanställd');

    await page.getByLabel('E-postadress').fill(email.toUpperCase());
    await page.getByLabel('Enhet').selectOption({ label: '\u00a0\u00a0Hemtjänst' });
    await page.getByLabel('Kön').selectOption('Kvinna');
    await page.getByRole('button', { name: 'Lägg till' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nora Nyanställd' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Personen är tillagd.' })).toBeVisible();
    expect(await findUser(email)).toMatchObject({ unitName: 'Hemtjänst', role: 'EMPLOYEE', active: true });
  });

  test('edits, deactivates and reactivates the person; the list filters by status', async ({ page }) => {
    await page.goto(`/admin?q=${encodeURIComponent('nora nyanställd')}`);
    await page.getByRole('link', { name: 'Nora Nyanställd' }).click();
    await page.getByLabel('Målgrupp').selectOption('Strateg');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ändringarna är sparade.' })).toBeVisible();

    await page.getByRole('button', { name: 'Inaktivera personen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Personen är inaktiverad.' })).toBeVisible();
    expect(await findUser(email)).toMatchObject({ active: false });
    await page.goto(`/admin?q=${run}`);
    await expect(page.getByText('Inga personer matchar filtret.')).toBeVisible();
    await page.goto(`/admin?q=${run}&status=inaktiva`);
    await expect(page.getByRole('rowheader', { name: /Nora Nyanställd/ })).toContainText('(inaktiv)');

    await page.getByRole('link', { name: 'Nora Nyanställd' }).click();
    await page.getByRole('button', { name: 'Återaktivera personen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Personen är aktiv igen' })).toBeVisible();
    expect(await findUser(email)).toMatchObject({ active: true });
  });

  test('the list is paged and counts everyone who matches', async ({ page }) => {
    await page.goto('/admin?status=alla');
    await expect(page.getByRole('table', { name: /\d+ personer, sida 1 av 2/ })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(51);
    await page.getByRole('link', { name: 'Nästa sida' }).click();
    await expect(page).toHaveURL(/sida=2/);
    await expect(page.getByRole('table', { name: /sida 2 av 2/ })).toBeVisible();
  });

  test('units: create, rename, move with the subtree, and a manager raised from employee', async ({ page }) => {
    const parent = `Avdelning ${run}`;
    const child = `Enhet ${run}`;
    await page.goto('/admin/enheter');
    await page.getByLabel('Namn').fill(parent);
    await page.getByLabel('Ligger under').selectOption({ label: 'Kommunledningsförvaltningen' });
    await page.getByRole('button', { name: 'Skapa enhet' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Enheten ${parent} är skapad.` })).toBeVisible();
    await page.getByLabel('Namn').fill(child);
    await page.getByLabel('Ligger under').selectOption({ label: `\u00a0\u00a0${parent}` });
    await page.getByRole('button', { name: 'Skapa enhet' }).click();
    await expect(page.getByRole('link', { name: child })).toBeVisible();

    await page.getByRole('link', { name: parent }).click();
    const move = page.getByLabel('Flytta till under');
    // Neither the unit itself nor anything below it is offered.
    await expect(move.getByRole('option', { name: child })).toHaveCount(0);
    await move.selectOption({ label: 'Vård- och omsorgsförvaltningen' });
    await page.getByRole('button', { name: 'Flytta enheten' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Enheten är flyttad' })).toBeVisible();
    await page.getByLabel('Namn', { exact: true }).fill(`${parent} (ny)`);
    await page.getByRole('button', { name: 'Spara namnet' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Namnet är sparat.' })).toBeVisible();
    await page.getByLabel('Lägg till chef (e-postadress)').fill(email);
    await page.getByRole('button', { name: 'Lägg till chef' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Nora Nyanställd är nu chef för enheten och har fått rollen Chef.' }),
    ).toBeVisible();
    expect(await findUser(email)).toMatchObject({ role: 'MANAGER' });

    await page.goto(`/admin/enheter`);
    await page.getByRole('link', { name: child }).click();
    await expect(page.getByText(`Vård- och omsorgsförvaltningen / ${parent} (ny) / ${child}`)).toBeVisible();
  });

  test('every change is in the audit log, filterable by action', async ({ page }) => {
    await page.goto('/admin/logg');
    await page.getByLabel('Händelse', { exact: true }).selectOption('Person inaktiverad');
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect(page).toHaveURL(/handling=person\.deactivate/);
    const table = page.getByRole('table', { name: /händelser/ });
    await expect(table.getByRole('rowheader', { name: 'Person inaktiverad' }).first()).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Enhet flyttad' })).toHaveCount(0);
    await page.goto('/admin/logg?handling=unit.move&vem=admin%40sjostad.se');
    await expect(page.getByRole('rowheader', { name: 'Enhet flyttad' }).first()).toBeVisible();
    await expect(page.getByText('Åsa Admin (admin@sjostad.se)').first()).toBeVisible();
  });
});

test.describe('organisation settings', () => {
  // The other organisation's settings, so the first one's name stays as other specs expect.
  test.use({ storageState: stateFile('norrvikAdmin') });

  test('refuses a signing date in the future and saves a valid one', async ({ page }) => {
    await page.goto('/admin/installningar');
    const date = page.getByLabel('Datum då CEMR-deklarationen undertecknades');
    await date.fill(`${new Date().getFullYear() + 1}-01-01`);
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await expect(date).toHaveAccessibleDescription(/Datumet kan inte ligga i framtiden\./);
    await page.getByLabel('Datum då CEMR-deklarationen undertecknades').fill('2024-05-02');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Inställningarna är sparade.' })).toBeVisible();
    await expect(page.getByLabel('Datum då CEMR-deklarationen undertecknades')).toHaveValue('2024-05-02');
    await expect(page.getByLabel('Region')).toBeChecked();
    expect(await organisationName('norrvik')).toBe('Region Norrvik');
  });
});
