// Guards against sessions that outlive signing out or deactivation (issue 14, finding 5): a session
// cookie copied before signing out stayed valid for hours, and /api/auth/session still returned
// name, e-mail and role for a deactivated person. Signing out ends every session of the person, so
// these specs use fresh fixture people, never the saved demo personas.
import { expect, test, type Browser } from '@playwright/test';
import { createPerson, signIn, type Fixture } from './support/fixtures';
import { stateFile } from './support/personas';

/** Signs `who` in in a browser of their own, and gives a second browser a copy of the cookies. */
async function signedInWithCopy(browser: Browser, who: Fixture) {
  const own = await browser.newContext();
  const page = await own.newPage();
  await signIn(page, who);
  const copy = await browser.newContext();
  await copy.addCookies(await own.cookies());
  const session = await (await copy.request.get('/api/auth/session')).json();
  expect(session.user).toMatchObject({ email: who.email, name: who.name });
  return { page, copy };
}

async function expectSignedOut(copy: Awaited<ReturnType<typeof signedInWithCopy>>['copy']) {
  expect(await (await copy.request.get('/api/auth/session')).json()).toEqual({});
  const page = await copy.newPage();
  await page.goto('/min-sida');
  await expect(page).toHaveURL(/\/logga-in\?callbackUrl=%2Fmin-sida/);
}

test('a cookie copied before signing out no longer opens the portal', async ({ browser }) => {
  const who = await createPerson();
  const { page, copy } = await signedInWithCopy(browser, who);
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('link', { name: 'Logga in', exact: true })).toBeVisible();
  await expectSignedOut(copy);
});

test('deactivating a signed-in person ends their session at once', async ({ browser }) => {
  const who = await createPerson();
  const { page, copy } = await signedInWithCopy(browser, who);
  const admin = await browser.newPage({ storageState: stateFile('admin') });
  await admin.goto(`/admin/personer/${who.id}`);
  await admin.getByRole('button', { name: 'Inaktivera personen' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Personen är inaktiverad.' })).toBeVisible();

  await expectSignedOut(copy);
  await page.goto('/min-sida');
  await expect(page).toHaveURL(/\/logga-in\?callbackUrl=%2Fmin-sida/);
});
