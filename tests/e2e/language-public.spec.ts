// Issue 21, the public pages in English: the guidance list and its search, a guidance page written in
// English and its hreflang alternates, an address that names its language, the start page's
// learning paths, checking a certificate, a course's discussion guide with its PDF, and the
// accessibility statement's generated parts.
// Guards against Swedish words around content that is Swedish (the search results, the guide's
// own text), refusals left in Swedish, and Swedish content shown without `lang="sv"`.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pdfText } from '../support/pdf-text';
import { createPerson } from './support/fixtures';
import { expectNoAxeViolations } from './support/helpers';
import { expectEnglishPage } from './support/languages';
import { insertCompletion } from './support/team-fixtures';

test.use({ locale: 'en-GB' });

test('an English reader lists and searches the guidance, with refusals in English', async ({ page }) => {
  await page.goto('/vagledning');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guidance');
  await expect(
    page.getByText('The guidance is written in Swedish, some pages also in English. Search with Swedish words.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^All pages: \d+ pages$/ })).toBeVisible();
  // A page with an English version is listed in English; the others are Swedish, and say so.
  const english = page.getByRole('link', { name: 'Gender mainstreaming – the strategy for reaching the goals' });
  await expect(english).not.toHaveAttribute('lang', /./);
  await expect(page.getByRole('link', { name: 'Ordlista: ord vi använder i portalen' })).toHaveAttribute('lang', 'sv');
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  const filters = page.getByRole('search', { name: 'The guidance' });
  await filters.getByLabel('Search guidance and courses').fill('stereotyper');
  await filters.getByLabel('Target group').selectOption({ label: 'Employees' });
  await filters.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=stereotyper.*malgrupp=medarbetare/);
  await expect(page.getByRole('status')).toHaveText(
    /^Search results: \d+ pages? in the guidance, [1-9]\d* results? in courses and lessons\.$/,
  );
  await expect(page.getByRole('heading', { level: 2, name: /^Courses and lessons \([1-9]\d*\)$/ })).toBeVisible();
  await expect(page.getByText(/^(Course|Lesson in the course .+) · For .*employees/).first()).toBeVisible();
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  await page.goto(`/vagledning?q=${encodeURIComponent('jämstäldhetsanalys')}`);
  const suggestion = page.getByText(/^Did you mean/);
  await expect(suggestion).toContainText('The results below are for that spelling.');
  await expect(suggestion.getByRole('link')).toHaveAttribute('lang', 'sv');

  const long = await page.goto(`/vagledning?q=${'a'.repeat(300)}`);
  expect(long?.status()).toBe(200);
  await expect(
    page.getByText(/^No search was made\. The search is too long \(300 characters\)\. Write at most 200 characters/),
  ).toBeVisible();
  await expect(
    page.getByRole('search', { name: 'The guidance' }).getByLabel('Search guidance and courses'),
  ).toHaveAttribute('aria-invalid', 'true');
  await expectEnglishPage(page);
  await page.goto(`/vagledning?q=${encodeURIComponent('%%% ###')}`);
  await expect(page.getByText(/^No search was made\. Write at least one letter or digit\./)).toBeVisible();
  await expectEnglishPage(page);
});

test('a guidance page written in English is read in English, and its head names both languages', async ({ page }) => {
  await page.goto('/vagledning');
  await page.getByRole('link', { name: 'Gender mainstreaming – the strategy for reaching the goals' }).click();
  await expect(page).toHaveURL(/\/vagledning\/jamstalldhetsintegrering$/);
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('Gender mainstreaming – the strategy for reaching the goals');
  await expect(title).not.toHaveAttribute('lang', /./);
  await expect(page.locator('main .prose-portal').first()).not.toHaveAttribute('lang', /./);
  await expect(page.getByText('This page is only available in Swedish.')).toHaveCount(0);
  const alternates = page.locator('head link[rel="alternate"][hreflang]');
  const hrefs = Object.fromEntries(
    await alternates.evaluateAll((links) =>
      links.map((l) => [
        l.getAttribute('hreflang'),
        new URL(l.getAttribute('href')!).pathname + new URL(l.getAttribute('href')!).search,
      ]),
    ),
  );
  expect(hrefs).toEqual({
    sv: '/vagledning/jamstalldhetsintegrering?sprak=sv',
    en: '/vagledning/jamstalldhetsintegrering?sprak=en',
    'x-default': '/vagledning/jamstalldhetsintegrering',
  });
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  // A page without an English version names Swedish only, and is Swedish inside the English page.
  await page.goto('/vagledning/ordlista');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'sv');
  await expect(page.locator('head link[rel="alternate"][hreflang]')).toHaveCount(2);
  await expect(page.locator('head link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
});

test('an address that names its language is drawn in it for that address only, and the switch leads back', async ({
  browser,
}) => {
  // A Swedish reader follows an English alternate.
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto('/vagledning/jamstalldhetsintegrering?sprak=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Gender mainstreaming – the strategy for reaching the goals',
  );
  await expectEnglishPage(page);
  // Nothing was remembered: the next address is in the reader's own language.
  await page.goto('/vagledning/for-chefer');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await page.goto('/?sprak=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The start page names the learning paths as the path editor keeps them, in English.
  await expect(page.getByRole('link', { name: 'Learning path for employees', exact: true })).toBeVisible();
  await expectEnglishPage(page);
  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await context.close();
});

test('anyone checks a certificate in English, and the course is named in English where it has an English version', async ({
  page,
}) => {
  const person = await createPerson({ name: `Certificate reader ${randomBytes(3).toString('hex')}` });
  const { certificateNo } = await insertCompletion(person.id, 'konsstereotyper');

  await page.goto('/intyg');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a certificate');
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);
  const code = page.getByLabel('The certificate’s code');
  await code.fill('JP 2026 ÅÄÖ!');
  await page.getByRole('button', { name: 'Check the certificate' }).click();
  await expect(page.getByText('The code has only letters, digits and hyphens')).toBeVisible();
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expectEnglishPage(page);

  await page.getByLabel('The certificate’s code').fill(certificateNo.toLowerCase());
  await page.getByRole('button', { name: 'Check the certificate' }).click();
  await expect(page).toHaveURL(new RegExp(`/intyg/${certificateNo}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The certificate is valid');
  const facts = page.locator('dl');
  await expect(facts.getByText('Course', { exact: true })).toBeVisible();
  const title = facts.getByText('Recognise and counter gender stereotypes');
  await expect(title).toBeVisible();
  await expect(title).not.toHaveAttribute('lang', /./);
  await expect(facts.getByText(person.name)).toBeVisible();
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  // A code that names no certificate gets the same English answer, whatever it is.
  const unknown = await page.goto('/intyg/JP-2026-AAAAA-BBBBB');
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No certificate with that code');
  await expectEnglishPage(page);
});

test('a course’s discussion guide has English words around its Swedish text, on the page and in the PDF', async ({
  page,
}) => {
  await page.goto('/kurser/konsstereotyper/samtalsguide');
  const guide = page.locator('article[data-printable]');
  await expect(guide.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'sv');
  await expect(guide.getByText('The discussion guide is only available in Swedish.')).toBeVisible();
  for (const heading of ['The purpose of the meeting', 'What you show', 'Questions to talk about', 'Exercise'])
    await expect(guide.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await expect(guide.getByRole('table', { name: 'Time plan for 30 minutes' })).toBeVisible();
  await expect(guide.getByRole('link', { name: /^Lesson 1: / })).toBeVisible();
  await expect(guide.getByRole('img', { name: /^QR code with a link to the course: / })).toBeVisible();
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download as PDF (A4)' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe('discussion-guide-konsstereotyper.pdf');
  const text = (await pdfText(readFileSync((await pdf.path())!))).join('\n');
  expect(text).toContain('The purpose of the meeting');
  expect(text).toMatch(/Page 1 of \d/);
  expect(text).not.toContain('Syftet med träffen');
});

test('the accessibility statement’s test facts and shortcomings are in English', async ({ page }) => {
  await page.goto('/om/tillganglighet');
  await expect(page.getByRole('heading', { level: 3, name: 'Automatic checks with axe' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Pages that axe checks, per part of the portal' })).toContainText(
    'Start page, sign-in and fixed pages',
  );
  await expect(page.getByRole('heading', { level: 3, name: 'The PDF files have no tags' })).toBeVisible();
  await expect(page.getByText(/1\.3\.1 Info and Relationships\./)).toBeVisible();
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);
});
