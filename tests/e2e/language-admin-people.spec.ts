// The administrators' pages for people and units in English (issue 21): an administrator reading
// English filters the people list (English caption, table and pager), adds a person (refused in
// English first), works on the person's page, creates a unit and makes the person its manager.
// Guards against Swedish words left in these pages, the admin menu, or the answers built with names
// (a created unit, a new manager, a manager already there). Only fixtures of this run are changed.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { findUser } from './support/db';
import { createPerson, type Fixture } from './support/fixtures';
import { expectNoAxeViolations } from './support/helpers';
import { expectEnglishPage } from './support/languages';
import { stateFile } from './support/personas';

test.use({ locale: 'en-GB', storageState: stateFile('admin') });

// Demo units and people whose names hold a Swedish catalogue word ("Kommunikationsavdelningen",
// "Moa Medarbetare", "Tomas Tidigare"): data, shown as the organisation wrote them.
const data = ['Kommunikation', 'Medarbetare', 'Tidigare'];

test.describe.serial('people and units in English', () => {
  const tag = randomBytes(3).toString('hex');
  const email = `e2e-${tag}@sjostad.se`;
  const name = `Nina Newcomer ${tag}`;
  const unit = `Test unit ${tag}`;
  let listed: Fixture[];

  test.beforeAll(async () => {
    listed = [
      await createPerson({ unit: 'Hemtjänst', name: `Lee Listed ${tag}` }),
      await createPerson({ unit: 'Hemtjänst', name: `Kim Listed ${tag}` }),
    ];
  });

  test('the people list: filter, caption and pager', async ({ page }) => {
    await page.goto(`/admin?q=${tag}`);
    await expect(page).toHaveTitle(/^Administration: people/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
    const nav = page.getByRole('navigation', { name: 'Administration' });
    await expect(nav.getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Event log' })).toBeVisible();
    const search = page.getByRole('search', { name: 'Search and filter people' });
    await expect(search.getByLabel('Search by name or email')).toHaveValue(tag);
    const table = page.getByRole('table', { name: '2 people' });
    await expect(table.getByRole('columnheader')).toHaveText(['Name', 'Unit', 'Target group', 'Role']);
    for (const person of listed) {
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: person.name }) });
      await expect(row.getByRole('cell')).toHaveText(['Hemtjänst', 'Employee', 'Employee']);
    }
    await expect(page.getByRole('link', { name: 'Add a person' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Export the list (CSV)' })).toBeVisible();
    await expectEnglishPage(page, { data });
    await expectNoAxeViolations(page);

    await search.getByLabel('Status').selectOption({ label: 'Deactivated' });
    await search.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/status=inaktiva/);
    await expect(page.getByText('Nobody matches the filter.')).toBeVisible();

    await page.goto('/admin?status=alla');
    await expect(page.getByRole('table', { name: /^[\d,]+ people, page 1 of \d+$/ })).toBeVisible();
    const pager = page.getByRole('navigation', { name: 'Pages of people' });
    await expect(pager).toContainText(/Page 1 of \d+ \([\d,]+ people\)/);
    await pager.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/sida=2/);
    await expect(pager.getByRole('link', { name: 'Previous page' })).toBeVisible();
    await expectEnglishPage(page, { data });
  });

  test('adding a person: refused in English, then saved; the person’s page', async ({ page }) => {
    await page.goto('/admin/personer/ny');
    await expect(page).toHaveTitle(/^Add a person/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a person');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Correct the marked fields.' })).toBeVisible();
    await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Write a name.');
    await expect(page.getByLabel('Role')).toHaveAccessibleDescription('What the person may do in the portal.');
    await expectEnglishPage(page, { data });
    await expectNoAxeViolations(page);

    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Unit').selectOption({ label: '\u00a0\u00a0Hemtjänst' });
    await page.getByLabel('Gender').selectOption({ label: 'Woman' });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page).toHaveTitle(/^Edit person/);
    await expect(page.getByRole('status').filter({ hasText: 'The person has been added.' })).toBeVisible();
    expect(await findUser(email)).toMatchObject({ unitName: 'Hemtjänst', role: 'EMPLOYEE', active: true });

    for (const heading of ['Details', 'Manager of', 'Status', 'Certificates']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByText('No unit.')).toBeVisible();
    await expect(page.getByText('Manager assignments are changed under Units.')).toBeVisible();
    await expect(page.getByText(`${name} has no certificates.`)).toBeVisible();
    await page.getByLabel('Target group').selectOption({ label: 'Strategist' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The changes are saved.' })).toBeVisible();
    await expectEnglishPage(page, { data });
    await expectNoAxeViolations(page);
  });

  test('the units page and a unit’s page, with answers built with names', async ({ page }) => {
    await page.goto('/admin/enheter');
    await expect(page).toHaveTitle(/^Units/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Units');
    await expect(page.getByRole('heading', { name: 'The organisation' })).toBeVisible();
    await expect(page.getByText(/\d+ people · manager: .*Cecilia Chef/).first()).toBeVisible();
    await page.getByRole('button', { name: 'Create unit' }).click();
    await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Write the unit’s name.');
    await expectEnglishPage(page, { data });
    await expectNoAxeViolations(page);

    await page.getByLabel('Name').fill(unit);
    await page.getByLabel('Placed under').selectOption({ label: 'Kommunledningsförvaltningen' });
    await page.getByRole('button', { name: 'Create unit' }).click();
    await expect(page.getByRole('status').filter({ hasText: `The unit ${unit} has been created.` })).toBeVisible();

    await page.getByRole('link', { name: unit }).click();
    await expect(page.getByRole('heading', { level: 1, name: unit })).toBeVisible();
    await expect(page).toHaveTitle(/^Unit/);
    await expect(page.getByRole('link', { name: 'Show the 0 people in the unit' })).toBeVisible();
    await expect(page.getByText('The unit has no manager in the portal.')).toBeVisible();
    await expect(page.getByLabel('Move under')).toHaveAccessibleDescription('The units under it move with it.');
    await page.getByLabel('Add a manager (email address)').fill(email);
    await page.getByRole('button', { name: 'Add manager' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `${name} is now the unit’s manager and has been given the Manager role.` }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: `Remove ${name} as manager` })).toBeVisible();
    await page.getByLabel('Add a manager (email address)').fill(email);
    await page.getByRole('button', { name: 'Add manager' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: `${name} is already the manager of ${unit}.` }),
    ).toBeVisible();
    await expectEnglishPage(page, { data });
    await expectNoAxeViolations(page);
  });
});
