// Reading guidance without signing in: the list, Swedish search with highlighted passages, the
// filters, a page with its table of contents, related pages and date, and a 404 for unknown pages.
import { expect, test } from '@playwright/test';

test('the list shows every published page and searches in Swedish', async ({ page }) => {
  await page.goto('/vagledning');
  await expect(page.getByRole('heading', { level: 1, name: 'Vägledning' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Alla sidor: \d+ sidor$/ })).toBeVisible();

  const search = page.getByRole('search', { name: 'Vägledningen' });
  await search.getByLabel('Sök i vägledning och kurser').fill('stereotyperna');
  await search.getByRole('button', { name: 'Sök' }).click();
  await expect(page).toHaveURL(/q=stereotyperna/);
  const first = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) })
    .first();
  await expect(first.getByRole('link')).toContainText(/stereotyp/i);
  await expect(page.locator('mark').first()).toHaveText(/stereotyp/i);
});

test('filters by audience and topic, and says so when nothing matches', async ({ page }) => {
  await page.goto('/vagledning?malgrupp=politiker&amne=cemr');
  const titles = page.getByRole('heading', { level: 3 });
  await expect(titles.first()).toBeVisible();
  for (const text of await page.getByRole('listitem').filter({ has: titles }).allInnerTexts())
    expect(text).toMatch(/CEMR/);
  await page.goto('/vagledning?q=fotbollsplan');
  await expect(page.getByText(/^Inga sidor eller kurser matchar\./)).toBeVisible();
});

// Issue 18, part 4: compounds and inflections, courses searched too, a typo with a suggestion, and
// a query nobody can search answered in Swedish (never a 500).
test('one search box finds guidance and courses, suggests a spelling and refuses what cannot be searched', async ({
  page,
}) => {
  await page.goto('/');
  const header = page.getByRole('search', { name: 'Sök i portalen' });
  await header.getByRole('searchbox').fill('stereotyper');
  await header.getByRole('button', { name: 'Sök' }).click();
  await expect(page).toHaveURL(/\/vagledning\?q=stereotyper$/);
  await expect(page.getByRole('heading', { level: 2, name: /^Kurser och lektioner \([1-9]\d*\)$/ })).toBeVisible();
  const titles = page.getByRole('heading', { level: 3 });
  await expect(titles.filter({ hasText: /könsstereotyp/i }).first()).toBeVisible();
  await expect(titles.filter({ hasText: /^Stereotyper/ }).first()).toBeVisible();

  await page.goto(`/vagledning?q=${encodeURIComponent('jämstäldhetsanalys')}`);
  const suggestion = page.getByText(/^Menade du/);
  await expect(suggestion).toBeVisible();
  await suggestion.getByRole('link').click();
  await expect(page).toHaveURL(/q=j%C3%A4mst%C3%A4lldhetsanalys|q=jämställdhetsanalys/);
  await expect(titles.first()).toBeVisible();

  const long = await page.goto(`/vagledning?q=${'a'.repeat(300)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByText(/Sökningen är för lång \(300 tecken\)/).first()).toBeVisible();
  await page.goto(`/vagledning?q=${encodeURIComponent('%%% ###')}`);
  await expect(page.getByText(/Skriv minst en bokstav eller siffra/).first()).toBeVisible();
});

test('a guidance page has a table of contents, sources, related pages and its date', async ({ page }) => {
  const response = await page.goto('/vagledning/steg-4-kompetens-och-larande');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Steg 4: Kompetens och lärande' })).toBeVisible();
  await expect(page.getByText('Senast uppdaterad')).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'Innehåll på sidan' }).first();
  await toc.getByRole('link', { name: 'En kultur som stöder lärande' }).click();
  await expect(page).toHaveURL(
    /#user-content-en-kultur-som-stöder-lärande$|#user-content-en-kultur-som-st%C3%B6der-l%C3%A4rande$/,
  );
  await expect(page.getByRole('heading', { name: 'Källor' })).toBeVisible();
  const related = page.getByRole('region', { name: 'Relaterade sidor' });
  await related.getByRole('link', { name: /tio steg/ }).click();
  await expect(page).toHaveURL(/\/vagledning\/skr-guiden-tio-steg$/);
});

test('an unknown page answers 404 in Swedish', async ({ page }) => {
  const response = await page.goto('/vagledning/finns-inte-alls');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Sidan finns inte' })).toBeVisible();
});

test('the start page lists the latest guidance from the database', async ({ page }) => {
  await page.goto('/');
  const latest = page.getByRole('region', { name: 'Senaste vägledningen' });
  await expect(latest.getByRole('link').first()).toBeVisible();
  await latest.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/vagledning\/[a-z0-9-]+$/);
});
