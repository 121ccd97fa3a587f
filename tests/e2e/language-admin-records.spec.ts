// The administrators' pages for records and connections in English (issue 21): an administrator
// reading English previews a staff import (a refused file, then a file with a bad row: nothing is
// written), handles a request for erasure (refused in English first), finds it in the event log,
// and reads the settings, sign-in and provisioning pages (each form refused in English, nothing
// saved), and exports the people list with English headers. Guards against Swedish words left in
// these pages or in the answers built with values (the count of bad rows, the log's event names).
// Only fixtures of this run are changed: the demo organisation's settings are never saved.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser } from '@playwright/test';
import { findUser } from './support/db';
import { createPerson, signIn, type Fixture } from './support/fixtures';
import { expectNoAxeViolations } from './support/helpers';
import { expectEnglishPage } from './support/languages';
import { stateFile } from './support/personas';

test.use({ locale: 'en-GB', storageState: stateFile('admin') });

// Demo people and units whose names hold a Swedish catalogue word ("Moa Medarbetare",
// "Kommunikationsavdelningen", "Tomas Tidigare"): data, shown as the organisation wrote them.
const data = ['Kommunikation', 'Medarbetare', 'Tidigare'];

/** The person asks for erasure on Min sida, in Swedish, in a context of their own. */
async function askForErasure(browser: Browser, person: Fixture) {
  const context = await browser.newContext({ locale: 'sv-SE', storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, person);
  await page.goto('/min-sida');
  await page.getByRole('button', { name: 'Be om radering av mina uppgifter' }).click();
  await expect(page.getByText('Din begäran är skickad till portalens administratör.')).toBeVisible();
  await context.close();
}

test.describe.serial('records and connections in English', () => {
  const tag = randomBytes(3).toString('hex');
  const emails = [`ada.${tag}@sjostad.se`, `bo.${tag}@sjostad.se`];

  test('the staff import: a refused file, and a preview with a bad row in English', async ({ page }) => {
    await page.goto('/admin/import');
    await expect(page).toHaveTitle(/^Import staff/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import staff');
    await page.getByText('What the file should look like').click();
    await expect(page.getByText('Importing the same file again changes nothing.')).toBeVisible();
    await expect(page.getByText('vill inte ange', { exact: true })).toHaveAttribute('lang', 'sv');
    const file = page.getByLabel('CSV file from the HR system');
    await file.setInputFiles({ name: 'people.xlsx', mimeType: 'text/csv', buffer: Buffer.from('Name;Email\n') });
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The file is not a CSV file. Choose a file that ends in .csv.' }),
    ).toBeVisible();
    await expectEnglishPage(page, { data });

    // English headers and audience words, as the English export writes them; one unit that does not exist.
    const csv = [
      'Name;Email;Unit;Audience;Gender;Manager',
      `Ada Import;${emails[0]};Utbildningsförvaltningen/Förskola;employee;kvinna;no`,
      `Bo Import;${emails[1]};Utbildningsförvaltningen/Finns inte ${tag};manager;man;yes`,
    ].join('\r\n');
    await file.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(
      page.getByRole('alert').filter({
        hasText: 'The file has 1 row with errors. Nothing is saved until all rows are correct.',
      }),
    ).toBeVisible();
    const preview = page.getByRole('region', { name: 'Preview of people.csv' });
    await expect(preview.getByText('Nothing is saved yet.')).toBeVisible();
    const errors = preview.getByRole('table', { name: 'Rows with errors (1)' });
    await expect(errors.getByRole('columnheader')).toHaveText(['Row', 'Error']);
    await expect(errors.getByRole('rowheader')).toHaveText(['3']);
    await expect(
      preview.getByRole('heading', { name: 'This would happen once the errors are corrected' }),
    ).toBeVisible();
    await expect(preview.getByText('New people: 1')).toBeVisible();
    await expect(preview.getByText('Unchanged: 0')).toBeVisible();
    await expect(preview.getByText('Show new people (1)')).toBeVisible();
    await expect(preview.getByText(/^Correct the rows in the file and preview it again\./)).toBeVisible();
    await expect(preview.getByRole('button', { name: 'Import' })).toHaveCount(0);
    await expectEnglishPage(page, { data });
    await expectNoAxeViolations(page);
    for (const email of emails) expect(await findUser(email)).toBeNull();
  });

  test('a request for erasure: the list, a refusal in English, then handled', async ({ page, browser }) => {
    const person = await createPerson({ unit: 'Förskolan Solrosen', name: `Robin Requester ${tag}` });
    await askForErasure(browser, person);

    await page.goto('/admin/radering');
    await expect(page).toHaveTitle(/^Requests for erasure/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Requests for erasure');
    await expect(page.getByRole('heading', { name: 'Waiting to be handled' })).toBeVisible();
    const open = page.getByRole('table', { name: /^(1 request waiting|\d+ requests waiting, oldest first)$/ });
    await expect(open.getByRole('columnheader')).toHaveText(['Person', 'Received', 'Age', 'Answer by', 'Handle']);
    const row = open.getByRole('row').filter({ has: page.getByRole('rowheader', { name: person.name }) });
    await expect(row.getByRole('cell').nth(1)).toHaveText('Today');
    await expect(row.getByRole('cell').nth(2)).toHaveText(/^Due .+ \(\d+ days? left\)$/);
    await expectEnglishPage(page, { data });
    await expectNoAxeViolations(page);

    await row.getByRole('link', { name: `Handle request from ${person.name}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Request for erasure from ${person.name}`);
    await expect(page.getByRole('heading', { name: 'About the request' })).toBeVisible();
    await expect(
      page.getByRole('table', {
        name: 'Data about the person in the portal, and what happens to it if it is erased',
      }),
    ).toBeVisible();
    const form = page.locator('main form');
    await form.getByRole('button', { name: 'Handle the request' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The request is not handled. Correct the marked fields.' }),
    ).toBeVisible();
    await expectEnglishPage(page, { data });
    await expectNoAxeViolations(page);

    await form.getByRole('radio', { name: 'Refuse' }).check();
    await form.getByLabel('Answer to the person').fill('Your certificates are public records and must be kept.');
    await form.getByRole('button', { name: 'Handle the request' }).click();
    await expect(page.getByText('The request is refused. The person sees your answer on My page.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Handling' })).toBeVisible();
    await expect(page.getByText('Request refused')).toBeVisible();
    await expectEnglishPage(page, { data });

    await page.goto('/admin/radering');
    const handled = page.getByRole('table', { name: /handled/ });
    await expect(handled.getByRole('columnheader')).toHaveText([
      'Person',
      'Received',
      'Handled on',
      'By',
      'Outcome',
      'Answer to the person',
    ]);
    const done = handled.getByRole('row').filter({ has: page.getByRole('rowheader', { name: person.name }) });
    await expect(done.getByRole('link', { name: 'Request refused' })).toBeVisible();
  });

  test('the event log: the refusal, filtered by its English name', async ({ page }) => {
    await page.goto('/admin/logg');
    await expect(page).toHaveTitle(/^Event log/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Event log');
    const search = page.getByRole('search', { name: 'Filter events' });
    await search.getByLabel('Event').selectOption({ label: 'Request for erasure refused' });
    await search.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/handling=deletion\.refused/);
    const table = page.getByRole('table', { name: /^[\d,]+ events, newest first$/ });
    await expect(table.getByRole('columnheader')).toHaveText(['Time', 'Event', 'Who', 'Concerns', 'Before and after']);
    const first = table.getByRole('row').nth(1);
    await expect(first.getByRole('rowheader')).toHaveText('Request for erasure refused');
    await expect(first.getByRole('cell').nth(2)).toContainText('Request for erasure');
    await expect(first.getByText('Show')).toBeVisible();
    await expectEnglishPage(page, { data });
    await expectNoAxeViolations(page);
  });

  test('settings, sign-in and provisioning: each form refused in English, nothing saved', async ({ page }) => {
    await page.goto('/admin/installningar');
    await expect(page).toHaveTitle(/^Settings/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
    await expect(page.getByRole('group', { name: 'Type of organisation' }).getByLabel('Municipality')).toBeChecked();
    await page.getByLabel('The organisation’s name').fill('');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await expect(page.getByText('Write the organisation’s name.')).toBeVisible();
    await expectEnglishPage(page, { data });
    await expectNoAxeViolations(page);

    await page.goto('/admin/inloggning');
    await expect(page).toHaveTitle(/^Sign-in with a work account/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign-in with a work account');
    await expect(page.getByLabel('Client ID (application ID)')).toBeVisible();
    await expect(page.getByLabel('Create an account when someone signs in for the first time')).toBeVisible();
    await page.getByLabel('Issuer').fill('');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Write the issuer’s address.')).toBeVisible();
    await expectEnglishPage(page, { data });
    await expectNoAxeViolations(page);

    await page.goto('/admin/provisionering');
    await expect(page).toHaveTitle(/^Provisioning/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Provisioning (SCIM)');
    await expect(page.getByRole('heading', { name: 'Address of the service' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Unit and target group' })).toBeVisible();
    await expect(page.getByLabel('Attribute that gives the person’s target group')).toContainText(
      'Not used (new people become employees)',
    );
    await page.getByRole('button', { name: 'Create a key' }).click();
    await expect(page.getByText('Write what the key is for, for example Entra ID.')).toBeVisible();
    await expectEnglishPage(page, { data });
    await expectNoAxeViolations(page);
  });

  test('the people list as CSV with English headers and words', async ({ page }) => {
    const response = await page.request.get('/admin/export?status=alla', {
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="people-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Name;Email;Unit;Audience;Gender;Manager;Employee number;Role;Status');
    const moa = lines.find((line) => line.includes(';medarbetare@sjostad.se;'));
    expect(moa).toMatch(/;employee;[^;]*;(yes|no);[^;]*;Employee;active$/);
  });
});
