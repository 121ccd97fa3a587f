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

// The page frame lives in the route groups' layouts; the root 404, 403 and error pages draw it only
// when no layout has (a page of a group that calls notFound() or forbidden() once showed two headers).
test.describe('one header on 404 and 403 pages', () => {
  test.use({ storageState: stateFile('chef') });

  for (const [path, heading] of [
    ['/admin', /behörighet|åtkomst/i],
    ['/kurser/finns-inte', /finns inte|hittades inte/i],
    ['/vagledning/finns-inte-alls', /finns inte|hittades inte/i],
    ['/finns-inte', /finns inte|hittades inte/i],
  ] as const) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByTestId('signed-in-user')).toHaveText('Cecilia Chef');
    });
  }
});
