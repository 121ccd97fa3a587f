// Regression guard for issue 14 through the real sign-in form: a callbackUrl a browser reads as
// another site (`/\evil.example`, a tab between slashes) must end on the portal, and asking for an
// e-mail link must look the same for an address with an account and one without.
import { expect, test, type Page } from '@playwright/test';
import { mailCatcher } from '../../playwright.config';
import { createPerson } from './support/fixtures';
import { waitForMail } from './support/helpers';

async function signInWithPassword(page: Page, who: { email: string; password: string }) {
  const form = page.getByRole('region', { name: 'Med e-post och lösenord' });
  await form.getByLabel('E-postadress').fill(who.email);
  await form.getByLabel('Lösenord').fill(who.password);
  await form.getByRole('button', { name: 'Logga in' }).click();
}

test.describe('the address after signing in', () => {
  for (const callbackUrl of ['/\\evil.example/', '/\t/evil.example/']) {
    test(`stays on the portal for callbackUrl ${JSON.stringify(callbackUrl)}`, async ({ page, baseURL }) => {
      const person = await createPerson();
      await page.goto(`/logga-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await signInWithPassword(page, person);
      await expect(page.getByTestId('signed-in-user')).toHaveText(person.name);
      await expect(page).toHaveURL(`${baseURL}/min-sida`);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }
});

test.describe('asking for an e-mail link', () => {
  async function askForLink(page: Page, email: string) {
    await page.goto('/logga-in');
    const form = page.getByRole('region', { name: 'Med en länk i e-post' });
    await form.getByLabel('E-postadress').fill(email);
    await form.getByRole('button', { name: 'Skicka inloggningslänk' }).click();
    await expect(page.getByRole('heading', { name: 'Kolla din e-post' })).toBeVisible();
    return { url: page.url(), text: await page.getByRole('main').innerText() };
  }

  test('looks the same for an address with an account and one without, and mails only the first', async ({ page }) => {
    const person = await createPerson();
    const unknown = `finns-inte-${Date.now().toString(36)}@sjostad.se`;
    const known = await askForLink(page, person.email);
    const other = await askForLink(page, unknown);
    expect(other).toEqual(known);
    await waitForMail(person.email, /inloggningslänk/);
    const res = await fetch(`http://127.0.0.1:${mailCatcher.httpPort}/mails?to=${encodeURIComponent(unknown)}`);
    expect(await res.json()).toEqual([]);
  });
});
