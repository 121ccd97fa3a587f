import { expect, test as setup } from '@playwright/test';
import { password, personas, stateFile, type Persona } from './support/personas';

// Signs in each seeded role once through the real form and saves the browser state.
for (const persona of Object.keys(personas) as Persona[]) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    await page.goto('/logga-in');
    const form = page.getByRole('region', { name: 'Med e-post och lösenord' });
    await form.getByLabel('E-postadress').fill(personas[persona].email);
    await form.getByLabel('Lösenord').fill(password);
    await form.getByRole('button', { name: 'Logga in' }).click();
    // The first sign-in after the server starts compiles and warms up pages: allow a slow machine.
    await expect(page).toHaveURL(/\/min-sida$/, { timeout: 30_000 });
    await expect(page.getByTestId('signed-in-user')).toHaveText(personas[persona].name);
    await page.context().storageState({ path: stateFile(persona) });
  });
}
