// Regression guard for the scope rules: every protected page and route refuses people outside
// the requester's reach (another unit's subtree, another organisation) and never shows their data.
import { expect, test } from '@playwright/test';
import { userId } from './support/db';
import { stateFile } from './support/personas';

test.describe('anonymous visitors', () => {
  for (const path of ['/min-sida', '/konto', '/chef', '/admin', '/redaktion']) {
    test(`are sent to sign-in from ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/logga-in\\?callbackUrl=${encodeURIComponent(path)}`));
    });
  }

  test('get 401 from the person route', async ({ request }) => {
    const res = await request.get(`/api/personer/${await userId('medarbetare@sjostad.se')}`);
    expect(res.status()).toBe(401);
    expect(await res.json()).toEqual({ error: 'Du behöver logga in först.' });
  });
});

for (const persona of ['medarbetare', 'politiker', 'chef'] as const) {
  test.describe(`${persona} (no admin or editor rights)`, () => {
    test.use({ storageState: stateFile(persona) });

    for (const path of ['/admin', '/redaktion']) {
      test(`gets a Swedish 403 page on ${path}`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(403);
        await expect(page.getByRole('heading', { name: 'Du har inte behörighet' })).toBeVisible();
        await expect(page.getByRole('table')).toHaveCount(0);
      });
    }
  });
}

test.describe('an employee', () => {
  test.use({ storageState: stateFile('medarbetare') });

  test('cannot open the team view', async ({ page }) => {
    const response = await page.goto('/chef');
    expect(response?.status()).toBe(403);
  });

  test('sees themselves through the person route but not a colleague', async ({ request }) => {
    const me = await request.get(`/api/personer/${await userId('medarbetare@sjostad.se')}`);
    expect(me.status()).toBe(200);
    expect((await me.json()).name).toBe('Moa Medarbetare');
    const colleague = await request.get(`/api/personer/${await userId('chef@sjostad.se')}`);
    expect(colleague.status()).toBe(404);
  });
});

test.describe('a manager', () => {
  test.use({ storageState: stateFile('chef') });

  test('sees the people of their units and the units below, and nobody else', async ({ page }) => {
    await page.goto('/chef');
    const table = page.getByRole('table');
    await expect(table.getByRole('rowheader', { name: 'Moa Medarbetare' })).toBeVisible();
    await expect(table.getByText('Förskolan Solrosen').first()).toBeVisible();
    await expect(table.getByText('Hemtjänst')).toHaveCount(0);
    await expect(table.getByText('Nadia Norrvik')).toHaveCount(0);
  });

  test('opens a person in their subtree', async ({ page }) => {
    await page.goto(`/chef/personer/${await userId('medarbetare@sjostad.se')}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Moa Medarbetare' })).toBeVisible();
  });

  test('gets 404 for a person in another unit, through the page and the route', async ({ page, request }) => {
    const outside = await userId('chef.omsorg@sjostad.se');
    const response = await page.goto(`/chef/personer/${outside}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Sidan finns inte' })).toBeVisible();
    await expect(page.getByText('Hussein')).toHaveCount(0);
    expect((await request.get(`/api/personer/${outside}`)).status()).toBe(404);
  });

  test('gets 404 for a person in another organisation', async ({ page, request }) => {
    const other = await userId('vera.vardare@norrvik.se');
    expect((await page.goto(`/chef/personer/${other}`))?.status()).toBe(404);
    expect((await request.get(`/api/personer/${other}`)).status()).toBe(404);
  });
});

test.describe('an administrator', () => {
  test.use({ storageState: stateFile('admin') });

  test('sees only their own organisation', async ({ page, request }) => {
    await page.goto('/admin');
    await expect(page.getByRole('rowheader', { name: 'Moa Medarbetare' })).toBeVisible();
    await expect(page.getByText('Nadia Norrvik')).toHaveCount(0);
    await expect(page.getByText('Vera Vårdare')).toHaveCount(0);
    expect((await request.get(`/api/personer/${await userId('vera.vardare@norrvik.se')}`)).status()).toBe(404);
  });
});

test.describe('the other organisation', () => {
  test.use({ storageState: stateFile('norrvikAdmin') });

  test('never shows the first organisation’s people', async ({ page, request }) => {
    await page.goto('/admin');
    await expect(page.getByRole('rowheader', { name: 'Vera Vårdare' })).toBeVisible();
    await expect(page.getByText('Moa Medarbetare')).toHaveCount(0);
    expect((await request.get(`/api/personer/${await userId('medarbetare@sjostad.se')}`)).status()).toBe(404);
  });
});
