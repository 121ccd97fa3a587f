import { expect, test } from '@playwright/test';
import { stateFile, type Persona } from './support/personas';

// Each role sees the navigation it needs, and nothing it may not open.
const expected: Record<Persona | 'anonymous', string[]> = {
  anonymous: ['Vägledning', 'Lärvägar', 'Exempel'],
  medarbetare: ['Vägledning', 'Lärvägar', 'Exempel', 'Checklista', 'Min sida'],
  politiker: ['Vägledning', 'Lärvägar', 'Exempel', 'Checklista', 'Min sida'],
  chef: ['Vägledning', 'Lärvägar', 'Exempel', 'Checklista', 'Min sida', 'Mitt team', 'Statistik'],
  strateg: ['Vägledning', 'Lärvägar', 'Exempel', 'Checklista', 'Min sida', 'Mitt team', 'Statistik', 'Redaktion'],
  admin: [
    'Vägledning',
    'Lärvägar',
    'Exempel',
    'Checklista',
    'Min sida',
    'Mitt team',
    'Statistik',
    'Redaktion',
    'Administration',
  ],
  norrvikAdmin: [
    'Vägledning',
    'Lärvägar',
    'Exempel',
    'Checklista',
    'Min sida',
    'Mitt team',
    'Statistik',
    'Redaktion',
    'Administration',
  ],
};

for (const [persona, links] of Object.entries(expected)) {
  test.describe(persona, () => {
    if (persona !== 'anonymous') test.use({ storageState: stateFile(persona as Persona) });

    test(`sees the navigation of ${persona}`, async ({ page }) => {
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
      if (persona !== 'anonymous') await expect(page.getByTestId('signed-in-user')).toBeVisible();
      await expect(nav.getByRole('link')).toHaveText(links);
    });
  });
}
