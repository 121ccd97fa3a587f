import { expect, test } from '@playwright/test';
import { mailCatcher } from '../../playwright.config';
import { createPerson, signIn } from './support/fixtures';
import { waitForMail } from './support/helpers';
import { password, personas } from './support/personas';

test.describe('sign-in', () => {
  test('a wrong password is refused with a Swedish message', async ({ page }) => {
    await page.goto('/logga-in');
    const form = page.getByRole('region', { name: 'Med e-post och lösenord' });
    await form.getByLabel('E-postadress').fill(personas.medarbetare.email);
    await form.getByLabel('Lösenord').fill('fel-lösenord');
    await form.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Fel e-postadress eller lösenord.' })).toBeVisible();
    await expect(page).toHaveURL(/\/logga-in/);
  });

  test('an empty form gets field errors tied to the inputs', async ({ page }) => {
    await page.goto('/logga-in');
    const form = page.getByRole('region', { name: 'Med e-post och lösenord' });
    await form.getByRole('button', { name: 'Logga in' }).click();
    await expect(form.getByLabel('E-postadress')).toHaveAccessibleDescription(
      'Skriv en giltig e-postadress, till exempel namn@kommun.se.',
    );
  });

  test('repeated failures lock the address for a while, even with the right password', async ({ page }) => {
    const email = 'karl.kommunikationschef@sjostad.se';
    await page.goto('/logga-in');
    const form = page.getByRole('region', { name: 'Med e-post och lösenord' });
    await form.getByLabel('E-postadress').fill(email);
    for (let i = 0; i < 5; i++) {
      await form.getByLabel('Lösenord').fill(`gissning-${i}`);
      await form.getByRole('button', { name: 'Logga in' }).click();
      await expect(page.getByRole('alert').filter({ hasText: /Fel e-postadress|För många/ })).toBeVisible();
    }
    await expect(
      page.getByRole('alert').filter({ hasText: /För många misslyckade inloggningar\. Vänta 15 minuter/ }),
    ).toBeVisible();
    await form.getByLabel('Lösenord').fill(password);
    await form.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /För många misslyckade inloggningar/ })).toBeVisible();
    await expect(page).toHaveURL(/\/logga-in/);
  });

  test('a politician without a password signs in with the link sent by e-mail', async ({ page }) => {
    const email = 'ledamot@sjostad.se';
    await page.goto('/logga-in');
    const form = page.getByRole('region', { name: 'Med en länk i e-post' });
    await form.getByLabel('E-postadress').fill(email);
    await form.getByRole('button', { name: 'Skicka inloggningslänk' }).click();
    await expect(page.getByRole('heading', { name: 'Kolla din e-post' })).toBeVisible();
    const mail = await waitForMail(email, /inloggningslänk/);
    const link = /(http:\/\/\S+\/api\/auth\/callback\/email\S+)/.exec(mail.text)?.[1];
    expect(link).toBeTruthy();
    await page.goto(link!);
    await expect(page.getByTestId('signed-in-user')).toHaveText('Leila Ledamot');
    await expect(page.getByRole('heading', { name: 'Min sida' })).toBeVisible();
    // The link works once.
    await page.context().clearCookies();
    await page.goto(link!);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Inloggningslänken har redan använts eller gått ut.' }),
    ).toBeVisible();
  });

  test('an unknown address gets the same answer and no mail', async ({ page }) => {
    await page.goto('/logga-in');
    const form = page.getByRole('region', { name: 'Med en länk i e-post' });
    await form.getByLabel('E-postadress').fill('finns-inte@sjostad.se');
    await form.getByRole('button', { name: 'Skicka inloggningslänk' }).click();
    await expect(page.getByRole('heading', { name: 'Kolla din e-post' })).toBeVisible();
    const res = await fetch(`http://127.0.0.1:${mailCatcher.httpPort}/mails?to=finns-inte@sjostad.se`);
    expect(await res.json()).toEqual([]);
  });

  test('a deactivated person cannot sign in', async ({ page }) => {
    await page.goto('/logga-in');
    const form = page.getByRole('region', { name: 'Med e-post och lösenord' });
    await form.getByLabel('E-postadress').fill('tomas.tidigare@sjostad.se');
    await form.getByLabel('Lösenord').fill(password);
    await form.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Fel e-postadress eller lösenord.' })).toBeVisible();
  });

  // A fresh person: signing out ends every session of the person, the saved persona states included.
  test('signing out ends the session', async ({ page }) => {
    await signIn(page, await createPerson());
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect(page.getByRole('link', { name: 'Logga in' })).toBeVisible();
    await page.goto('/min-sida');
    await expect(page).toHaveURL(/\/logga-in\?callbackUrl=%2Fmin-sida/);
  });
});
