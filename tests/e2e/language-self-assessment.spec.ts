// The self-assessment in English (issue 21): an employee reading English answers the questionnaire
// (written in Swedish only, marked `lang="sv"` and said so), is refused in English with every answer
// kept, and gets the result, the course to start with (its English title) and the change over time
// in English, with English numbers.
import { expect, test } from '@playwright/test';
import { loadCourses } from '../../lib/content/loader';
import { createPerson } from './support/fixtures';
import { expectNoAxeViolations, expectNoSidewaysScroll } from './support/helpers';
import { expectEnglishPage, signInInEnglish } from './support/languages';

test.use({ locale: 'en-GB' });

const stereotypesCourse = loadCourses().find((c) => c.slug === 'konsstereotyper')!.translations.en!.title;

test('an employee takes the self-assessment in the English UI and sees the result in English', async ({ page }) => {
  test.slow();
  const me = await createPerson({ unit: 'Förskolan Solrosen' });
  await signInInEnglish(page, me);
  await page.goto('/min-sida/sjalvskattning');
  await expect(page).toHaveTitle(/^Self-assessment/);
  await expect(page.getByText('You have not taken the self-assessment yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Take the self-assessment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'sv');
  await expect(page.getByText('The self-assessment’s questions are only available in Swedish.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What the answers mean' })).toBeVisible();
  await expect(page.locator('form fieldset legend').first()).toHaveAttribute('lang', 'sv');
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  const radios = (value: string, names = '') => page.locator(`form input[type="radio"][value="${value}"]${names}`);
  const stereotypes = '[name^="s-stereotyper-"]';
  const first = await page.locator('form fieldset').first().getAttribute('id');
  for (const box of await radios('4', `:not(${stereotypes}):not([name="${first}"])`).all()) await box.check();
  for (const box of await radios('1', stereotypes).all()) await box.check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  const summary = page
    .getByRole('alert')
    .filter({ hasText: 'Answer every statement. 1 is missing an answer. Nothing is saved yet.' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveAttribute('href', `#${first}`);
  await expect(summary.getByRole('link').locator('span')).toHaveAttribute('lang', 'sv');
  expect(await radios('1', `${stereotypes}:checked`).count()).toBe(await radios('1', stereotypes).count());
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  await page.locator(`#${first}`).getByLabel(/^4 /).check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await expect(page).toHaveURL(/\/min-sida\/sjalvskattning\?sparad=1$/);
  await expect(page.getByText('Your answers are saved. Here is your result.')).toBeVisible();
  const result = page.getByRole('table', { name: /^Your result on \d+ \w+ \d{4}, the average per area/ });
  await expect(result.getByRole('row', { name: /stereotyper/i })).toContainText('1.0 of 4');
  const start = page.getByRole('region', { name: 'Where to start' });
  await expect(start.getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'sv');
  // The course has an English version: its English title, in the page's language.
  await expect(start.getByRole('link', { name: stereotypesCourse })).not.toHaveAttribute('lang', /./);
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);

  await page.getByRole('link', { name: 'Take the self-assessment again' }).click();
  await expect(page.getByRole('button', { name: 'Save my answers' })).toBeVisible();
  for (const box of await radios('4').all()) await box.check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await expect(page.getByText('Your answers are saved.')).toBeVisible();
  await expect(result.getByRole('row', { name: /stereotyper/i })).toContainText('+3.0');
  await expect(
    page.getByRole('table', { name: 'Every time you have answered, the latest first.' }).getByRole('row'),
  ).toHaveCount(3);
  await expect(start).toContainText('You rate yourself 3 or 4 in every area.');
  await expectEnglishPage(page);
});
