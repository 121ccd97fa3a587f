// The editors' pages for courses and learning paths in English (issue 21): a strategist reading
// English sees the course list, has a new course refused and then created, edits it (a refused save
// named in English, a saved draft), restores a version on its history page, reads a demo course's
// evaluations, and opens the learning paths (a refused save only: the demo paths are not changed).
// Guards against Swedish words left in these pages, their labels, captions and the actions' answers.
// Course and lesson texts are data (Swedish content) and are shown as written.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/helpers';
import { expectEnglishPage } from './support/languages';
import { stateFile } from './support/personas';

test.use({ locale: 'en-GB', storageState: stateFile('strateg') });

// Demo names that hold a Swedish catalogue word: data, shown as the editors wrote them.
const data = ['Kommunikation', 'Medarbetare', 'Introduktion'];

test('a course is created, edited and restored in the English UI', async ({ page }) => {
  test.slow();
  const title = `Language test course ${randomBytes(3).toString('hex')}`;

  await page.goto('/redaktion/kurser');
  await expect(page).toHaveTitle(/^Courses – Editing/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Courses');
  await expect(page.getByRole('columnheader', { name: 'Last changed' })).toBeVisible();
  await expect(page.locator('caption')).toHaveText(/^\d+ courses?$/);
  await expect(page.getByRole('heading', { name: 'New course' })).toBeVisible();
  await expectEnglishPage(page, { data });
  await expectNoAxeViolations(page);

  // Refused: nothing filled in.
  await page.getByRole('button', { name: 'Create course' }).click();
  await expect(page.getByText('The course name is missing.')).toBeVisible();
  await expect(page.getByText('The summary is missing.')).toBeVisible();
  await expectEnglishPage(page, { data });
  await expectNoAxeViolations(page);

  await page.getByLabel('Course name').fill(title);
  await page.getByLabel('Summary').fill('A course the test creates.');
  await page.getByRole('button', { name: 'Create course' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit: ${title}`);
  await expect(page).toHaveTitle(/^Edit course – Editing/);
  await expect(page.getByText('The course is not published.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'About the course' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Lesson 1: Reading' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Move up lesson 1' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Add knowledge check' })).toBeVisible();
  await expectEnglishPage(page, { data });
  await expectNoAxeViolations(page);

  // A refused save names the place and the problem in English and links to the field.
  await page.getByLabel('Text (Markdown)').fill('');
  await page.getByRole('button', { name: 'Save draft' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'The course is not saved.' });
  await expect(summary).toBeVisible();
  await summary.getByRole('link', { name: 'Lesson 1 (Introduktion): the text is missing.' }).click();
  await expect(page.getByLabel('Text (Markdown)')).toBeFocused();
  await expectEnglishPage(page, { data });
  await expectNoAxeViolations(page);

  await page.getByLabel('Text (Markdown)').fill('Det här är lektionens text.');
  await page.getByLabel('Comment on the version (optional)').fill('First draft');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The draft is saved as version 2. Participants do not see it' }),
  ).toBeVisible();
  await expectEnglishPage(page, { data });

  await page.getByRole('link', { name: 'Versions', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Versions of the course');
  await expect(page).toHaveTitle(/^Versions – Editing/);
  await expect(page.getByRole('heading', { name: /^Version \d/ })).toHaveCount(2);
  await expect(page.getByText('“New course”')).toBeVisible();
  await expect(page.getByText(`${title} · 1 lesson`).first()).toBeVisible();
  await expectEnglishPage(page, { data });
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The version is restored as a new draft (version 3).' }),
  ).toBeVisible();
  await expect(page.getByText('“Restored from version 1”')).toBeVisible();
  await expectEnglishPage(page, { data });
  await page.getByRole('link', { name: 'Back to editing' }).click();
  await expect(page.getByText('There is a saved draft that is not published.')).toBeVisible();
});

test('a demo course’s evaluations and the learning paths in the English UI', async ({ page }) => {
  await page.goto('/redaktion/kurser');
  await page.getByRole('link', { name: 'Könsuppdelad statistik och jämställdhetsanalys' }).click();
  await expect(page.getByText('The course is published.')).toBeVisible();
  await page.getByRole('link', { name: 'Evaluations', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Evaluations: Könsuppdelad statistik och jämställdhetsanalys',
  );
  await expect(page).toHaveTitle(/^Evaluations – Editing/);
  await expect(page.getByText('Participants’ answers after finishing the course.')).toBeVisible();
  await expect(page.locator('#answers-heading')).toHaveText(
    /^(Answers so far: \d+|\d+ answers? · average [\d.]+ out of 5)$/,
  );
  await expectEnglishPage(page, { data });
  await expectNoAxeViolations(page);

  await page.goto('/redaktion/larvagar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learning paths');
  await expect(page).toHaveTitle(/^Learning paths – Editing/);
  await expect(page.locator('main').getByRole('listitem').first()).toHaveText(/\(\d+ courses?\)$/);
  await expectEnglishPage(page, { data });
  await expectNoAxeViolations(page);

  await page.locator('a[href$="/redaktion/larvagar/medarbetare"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Edit: /);
  await expect(page).toHaveTitle(/^Edit learning path – Editing/);
  await expect(page.getByRole('group', { name: 'Courses and order' })).toBeVisible();
  await expect(page.getByText('Give the courses to include a number (1 first).')).toBeVisible();
  await expectEnglishPage(page, { data });
  await expectNoAxeViolations(page);

  // Refused before anything is saved: the demo path stays as it is.
  await page.getByLabel('Learning path name').fill('');
  await page.getByRole('button', { name: 'Save and publish the learning path' }).click();
  await expect(page.getByText('The learning path name is missing.')).toBeVisible();
  await expectEnglishPage(page, { data });
  await expectNoAxeViolations(page);
});
