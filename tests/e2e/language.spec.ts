import { expect, test } from '@playwright/test';
import { count } from './support/db';
import { createPerson, signIn } from './support/fixtures';
import { expectNoAxeViolations } from './support/helpers';
import { expectEnglishPage } from './support/languages';
import { stateFile } from './support/personas';

// The portal in English (issue 21, first step): the frame, the start page, guidance pages and the
// account's language. Addresses stay the same in both languages.

test('a reader who is not signed in switches to English and back, and Swedish guidance keeps its language', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skills for gender-equal public services');
  await expect(
    page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Guidance' }),
  ).toBeVisible();
  await expect(page.getByText('4 courses').first()).toBeVisible();
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  // A guidance page: the frame in English, the guide itself in Swedish and marked so.
  await page.goto('/vagledning/ordlista');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveAttribute('lang', 'sv');
  await expect(page.locator('article .prose-portal')).toHaveAttribute('lang', 'sv');
  await expect(page.getByText('This page is only available in Swedish.')).toBeVisible();
  await expect(page.getByText('Last updated')).toBeVisible();
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  // The same address, back in Swedish: the switch names the other language in that language.
  await expect(page.getByRole('button', { name: 'På svenska' })).toHaveAttribute('lang', 'sv');
  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(page).toHaveURL(/\/vagledning\/ordlista$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByText('Senast uppdaterad')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', /./);
});

test.describe('a browser that asks for English', () => {
  test.use({ locale: 'en-GB' });

  test('gets English without choosing, and an address that does not exist answers in English', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skills for gender-equal public services');
    const missing = await page.goto('/finns-inte-alls');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expectEnglishPage(page);
  });

  test('signs in with the English form, and hears of a wrong password in English', async ({ page }) => {
    const person = await createPerson();
    await page.goto('/logga-in');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    const form = page.getByRole('region', { name: 'With email and password' });
    await form.getByLabel('Email address').fill(person.email);
    await form.getByLabel('Password').fill('not-the-password-1');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Wrong email address or password.')).toBeVisible();
    await expectEnglishPage(page);
    await expectNoAxeViolations(page);
    await form.getByLabel('Password').fill(person.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in-user')).toHaveText(person.name);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/konto');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
    await expect(page.getByText('Role in the portal')).toBeVisible();
    await expectEnglishPage(page);
  });

  test('reads the accessibility statement and the privacy notice in English', async ({ page }) => {
    await page.goto('/om/tillganglighet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Accessibility statement for the Gender Equality Portal',
    );
    await expect(page).toHaveTitle(/^Accessibility statement/);
    await expectEnglishPage(page);
    await expectNoAxeViolations(page);
    await page.goto('/om/personuppgifter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How we process your personal data');
    await expect(page.getByText(/one cookie that remembers which language you have chosen/)).toBeVisible();
    await expectEnglishPage(page);
    await expectNoAxeViolations(page);
  });

  test('finds the learning paths in English, with the courses that are only in Swedish marked so', async ({ page }) => {
    await page.goto('/larvagar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learning paths');
    await expectEnglishPage(page);
    await expectNoAxeViolations(page);
    await page.goto('/larvagar/medarbetare');
    // The path and two of its courses have English versions; the other courses are Swedish, marked so.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learning path for employees');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', /./);
    await expect(page.getByRole('heading', { name: 'The courses in order' })).toBeVisible();
    await expect(page.getByText(/^\d+ lessons? · about \d+ minutes$/).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Introduction to gender mainstreaming' })).not.toHaveAttribute(
      'lang',
      /./,
    );
    await expect(page.getByRole('link', { name: 'Könsuppdelad statistik', exact: false }).first()).toHaveAttribute(
      'lang',
      'sv',
    );
    await expectEnglishPage(page);
    await expectNoAxeViolations(page);
  });

  test('still gets Swedish when the reader chose it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'På svenska' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kompetens för jämställd verksamhet');
    await page.goto('/om/tillganglighet');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  });
});

test('a signed-in person’s language is kept on the account and follows them to another browser', async ({
  page,
  browser,
}) => {
  const person = await createPerson();
  await signIn(page, person);
  await page.goto('/konto');
  await page.getByRole('radio', { name: 'Engelska (English)' }).check();
  await page.getByRole('button', { name: 'Spara språket' }).click();
  await expect(page).toHaveURL(/\/konto$/);
  await expect(page.getByRole('heading', { name: 'Language', level: 2 })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await count('SELECT COUNT(*) AS n FROM "User" WHERE id = ? AND locale = ?', [person.id, 'en'])).toBe(1);

  // Another browser, with no choice of its own: signing in brings the account's language.
  const other = await browser.newContext({ locale: 'sv-SE' });
  const second = await other.newPage();
  await signIn(second, person);
  await second.goto('/min-sida');
  await expect(second.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    second.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My page' }),
  ).toBeVisible();

  // Back to the browser's language: the account forgets the choice.
  await second.goto('/konto');
  await second.getByRole('radio', { name: 'Same as my browser' }).check();
  await second.getByRole('button', { name: 'Save language' }).click();
  await expect(second.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(second.getByRole('radio', { name: 'Samma som webbläsaren' })).toBeChecked();
  expect(await count('SELECT COUNT(*) AS n FROM "User" WHERE id = ? AND locale IS NULL', [person.id])).toBe(1);
  await other.close();
});

test.describe('a strategist reading in English', () => {
  test.use({ storageState: stateFile('strateg'), locale: 'en-GB' });

  // The English labels are wider than the Swedish ones: the unit's long one-word name must still fit a phone.
  test('sees their account on a phone without sideways scrolling', async ({ page }) => {
    await page.goto('/konto');
    await expect(page.getByText('Kommunledningsförvaltningen')).toBeVisible();
    await expectEnglishPage(page);
    await expectNoAxeViolations(page);
  });
});

test('the language form refuses what it does not offer, and posts from other sites', async ({ request }) => {
  const unknown = await request.post('/api/sprak', { form: { sprak: 'de', tillbaka: '/' }, maxRedirects: 0 });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error).toBe('Välj svenska, engelska eller webbläsarens språk.');
  expect(unknown.headers()['set-cookie']).toBeUndefined();

  const foreign = await request.post('/api/sprak', {
    form: { sprak: 'en' },
    headers: { origin: 'https://elak.example' },
    maxRedirects: 0,
  });
  expect(foreign.status()).toBe(403);
  expect(foreign.headers()['set-cookie']).toBeUndefined();

  // Back only to an address on the portal.
  const away = await request.post('/api/sprak', {
    form: { sprak: 'en', tillbaka: '//elak.example/x' },
    maxRedirects: 0,
  });
  expect(away.status()).toBe(303);
  expect(new URL(away.headers().location!).host).toBe(new URL(away.url()).host);
});
