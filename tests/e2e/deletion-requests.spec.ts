// A request to have one's data deleted (GDPR) reaches a queue, and the person gets an answer
// (issue 18, part 8): before, it only landed in the audit log. Also guards that an erasure ends
// the person's session at once and that a refusal without a reason is not saved.
import { expect, test, type Browser } from '@playwright/test';
import { findUser } from './support/db';
import { createPerson, signIn, type Fixture } from './support/fixtures';
import { expectNoAxeViolations } from './support/helpers';
import { stateFile } from './support/personas';

test.describe.configure({ mode: 'serial' });

async function askForDeletion(browser: Browser, person: Fixture) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, person);
  await page.goto('/min-sida');
  await page.getByLabel('Varför vill du att vi raderar dina uppgifter? (frivilligt)').fill('Jag har slutat.');
  await page.getByRole('button', { name: 'Be om radering av mina uppgifter' }).click();
  await expect(page.getByText('Din begäran är skickad till portalens administratör.')).toBeVisible();
  return page;
}

async function openRequest(browser: Browser, person: Fixture) {
  const admin = await browser.newContext({ storageState: stateFile('admin') });
  const page = await admin.newPage();
  await page.goto('/admin/radering');
  await expect(page.getByRole('heading', { level: 1, name: 'Begäran om radering' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: `Handlägg begäran från ${person.name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Begäran om radering från ${person.name}` })).toBeVisible();
  await expectNoAxeViolations(page);
  return page;
}

test('a refusal needs an answer, and the person reads it on Min sida', async ({ browser }) => {
  const person = await createPerson({ unit: 'Förskolan Solrosen' });
  const own = await askForDeletion(browser, person);
  const admin = await openRequest(browser, person);
  const form = admin.locator('main form');
  await form.getByRole('radio', { name: 'Avslå' }).check();
  await form.getByRole('button', { name: 'Handlägg begäran' }).click();
  await expect(admin.getByText('Skriv ett svar till personen: vilka uppgifter').first()).toBeVisible();
  await form
    .getByLabel('Svar till personen')
    .fill('Dina kursintyg är allmänna handlingar och ska bevaras enligt arkivlagen.');
  await form.getByRole('button', { name: 'Handlägg begäran' }).click();
  await expect(admin.getByText('Begäran är avslagen. Personen ser ditt svar på Min sida.')).toBeVisible();

  await own.goto('/min-sida');
  await expect(own.getByText(/är handlagd: din begäran är avslagen/)).toBeVisible();
  await expect(own.getByText('Dina kursintyg är allmänna handlingar')).toBeVisible();
  expect((await findUser(person.email))?.name).toBe(person.name);
});

test('an erasure removes the name and address and ends the person’s session at once', async ({ browser }) => {
  const person = await createPerson({ unit: 'Förskolan Solrosen' });
  const own = await askForDeletion(browser, person);
  const admin = await openRequest(browser, person);
  await admin.locator('main form').getByRole('radio', { name: 'Radera uppgifterna' }).check();
  await admin.locator('main form').getByRole('button', { name: 'Handlägg begäran' }).click();
  await expect(admin.getByText('Personens uppgifter är raderade och kontot är stängt.')).toBeVisible();
  expect(await findUser(person.email)).toBeNull();

  await own.goto('/min-sida');
  await expect(own).toHaveURL(/\/logga-in/);
});
