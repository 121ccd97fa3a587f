// The editors' guidance pages in English (issue 21): a strategist reading English sees the editors'
// start page and the list of guidance pages, writes a new page (refused in English first, then
// saved as a draft and changed once more), previews it, reads its history and a version's changes,
// and deletes it. Guards against Swedish words left in these pages, the shared editor parts (the
// Markdown toolbar, the sources, the diff) and the answers built with values ("saved as version 2"),
// and checks that the guides' own Swedish text is marked `lang="sv"`. Only the page it creates changes.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/helpers';
import { expectEnglishPage } from './support/languages';
import { stateFile } from './support/personas';

test.use({ locale: 'en-GB', storageState: stateFile('strateg') });

// The demo strategist's name, shown as the author of versions: data.
const data = ['Samir Strateg'];

async function checked(page: Page) {
  await expectEnglishPage(page, { data });
  await expectNoAxeViolations(page);
}

test('the editors’ start page and the list of guidance pages', async ({ page }) => {
  await page.goto('/redaktion');
  await expect(page).toHaveTitle(/^Editing/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Editing');
  const guidance = page.getByRole('region', { name: 'Guidance' });
  await expect(guidance).toContainText(/\d+ pages, of which \d+ published\./);
  await expect(guidance.getByRole('heading', { name: 'Recently changed' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit the learning paths' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Checklist templates' })).toBeVisible();
  await checked(page);

  await guidance.getByRole('link', { name: 'All guidance pages' }).click();
  await expect(page).toHaveURL(/\/redaktion\/vagledning$/);
  await expect(page).toHaveTitle(/^Guidance – editing/);
  const table = page.getByRole('table', { name: /^\d+ pages$/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Page', 'Status', 'Latest version', 'Changed by']);
  await expect(table.getByRole('cell', { name: 'Published', exact: true }).first()).toBeVisible();
  // The guides' titles are their Swedish content.
  await expect(table.getByRole('rowheader').first().getByRole('link')).toHaveAttribute('lang', 'sv');
  await checked(page);
});

test('a new guidance page: refused, saved, previewed, its history, and deleted', async ({ page }) => {
  test.slow();
  const tag = Date.now().toString(36);
  const slug = `e2e-en-${tag}`;
  const title = `Normer i förskolan ${tag}`;

  await page.goto('/redaktion/vagledning/ny');
  await expect(page).toHaveTitle(/^New guidance page/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New guidance page');
  await expect(page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button')).toHaveText([
    'Heading',
    'Subheading',
    'Bold',
    'Italic',
    'Bulleted list',
    'Numbered list',
    'Link',
    'Quote',
  ]);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Address', { exact: true }).fill(slug);
  await page.getByLabel('Summary', { exact: true }).fill('En sida som testerna skapar.');
  await page.getByLabel('Text', { exact: true }).fill('## Första rubriken\n\nText om normer.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Correct the marked fields.' })).toBeVisible();
  await expect(page.getByText('Choose at least one topic.')).toBeVisible();
  await expect(page.getByText('Choose at least one target group.')).toBeVisible();
  await expect(page.getByText('Enter at least one source.')).toBeVisible();
  await expect(page.getByTestId('live-preview')).toHaveAttribute('lang', 'sv');
  await checked(page);

  await page.getByRole('group', { name: 'Topics' }).getByLabel('Stereotypes').check();
  await page.getByRole('group', { name: 'Target groups' }).getByLabel('Employees').check();
  await page.getByLabel('Source 1: title').fill('Testkälla');
  await page.getByLabel('Source 1: publisher').fill('SKR');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/redaktion\/vagledning\/[^/?]+\?sparad=1$/);
  const editorUrl = page.url().replace(/\?.*$/, '');
  await expect(
    page.getByText('The page is created as a draft. Readers see it only when you publish it.'),
  ).toBeVisible();
  await expect(page.getByTestId('guide-status')).toHaveText('Draft – readers do not see the page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit: ${title}`);

  await page.getByLabel('Text', { exact: true }).fill('## Första rubriken\n\nText om normer och roller.');
  await page.getByLabel('What have you changed? (optional)').fill('Skrev mer');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The draft is saved as version 2.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('Version 2, ');
  await checked(page);

  await page.getByRole('link', { name: 'Preview and publish' }).click();
  await expect(page).toHaveURL(/\/forhandsvisning$/);
  await expect(page).toHaveTitle(/^Preview/);
  await expect(page.getByText('Preview of version 2')).toBeVisible();
  await expect(page.getByText('Readers do not see the page. This is how it will look when you publish.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish version 2' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title })).toHaveAttribute('lang', 'sv');
  await checked(page);

  await page.goto(`${editorUrl}/historik`);
  await expect(page).toHaveTitle(/^History/);
  const table = page.getByRole('table', { name: '2 versions, the latest first' });
  await expect(table.getByRole('columnheader')).toHaveText(['Version', 'Saved', 'By', 'Note']);
  await expect(table).toContainText('Skrev mer');
  await checked(page);
  await table.getByRole('link', { name: 'Version 2' }).click();
  await expect(page.getByRole('heading', { name: 'Changes compared with version 1' })).toBeVisible();
  await expect(page.locator('ins').first()).toContainText('Added');
  await expect(page.getByText('This is the latest version.')).toBeVisible();
  await checked(page);

  await page.goto(editorUrl);
  await page.getByRole('link', { name: 'Delete the page' }).click();
  await expect(page).toHaveTitle(/^Delete the page/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Delete “${title}”?`);
  await expect(page.getByText('The page and all its 2 versions are deleted for good.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cancel' })).toBeVisible();
  await checked(page);
  await page.getByRole('button', { name: 'Yes, delete the page for good' }).click();
  await expect(page).toHaveURL(/\/redaktion\/vagledning\?borttagen=1$/);
  await expect(page.getByText('The page is deleted.')).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});
