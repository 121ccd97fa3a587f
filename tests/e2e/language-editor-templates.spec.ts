// The editors' pages for the checklist templates and the self-assessment in English (issue 21): a
// strategist reading English finds the templates, a template's editing page with its versions, and
// the self-assessment editor with English words around the content's own Swedish texts (marked
// `lang="sv"`). Guards against Swedish left in these pages and against a refusal that is not in
// English or that saves anything: no valid change is saved, so the demo template and the
// questionnaire stay as they are.
import { expect, test } from '@playwright/test';
import { count } from './support/db';
import { expectNoAxeViolations } from './support/helpers';
import { expectEnglishPage } from './support/languages';
import { stateFile } from './support/personas';

test.use({ locale: 'en-GB', storageState: stateFile('strateg') });

const revisions = () => count('SELECT COUNT(*) AS n FROM "ChecklistTemplateRevision"', []);
const editions = () => count('SELECT COUNT(*) AS n FROM "SelfAssessmentVersion"', []);
// Data on the template's page: notes of earlier versions, written by Swedish editors (as in
// checklist-editor.spec.ts), and the items' keys (a1-handlingsplan), which are identifiers.
const templateData = ['Återställd från version', 'Återställ', 'Tog bort punkten', 'handlingsplan'];

test('the checklist templates and a template’s editing page are in English', async ({ page }) => {
  test.slow();
  await page.goto('/redaktion/checklistor');
  await expect(page).toHaveTitle(/^Checklist templates/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checklist templates');
  const templates = page.getByRole('table', { name: 'Templates and their versions' });
  await expect(templates.getByRole('columnheader')).toHaveText([
    'Template',
    'Article',
    'Latest version',
    'Published version',
  ]);
  // The templates' own titles are the Swedish ones the editor edits.
  const link = templates.locator('a[href$="/redaktion/checklistor/cemr-artikel-6"]');
  await expect(link).toHaveAttribute('lang', 'sv');
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  await link.click();
  await expect(page).toHaveURL(/\/redaktion\/checklistor\/cemr-artikel-6$/);
  await expect(page).toHaveTitle(/^Edit checklist template/);
  await expect(page.getByRole('heading', { level: 1 }).locator('[lang="sv"]')).toBeVisible();
  await expect(page.getByText('Every change is saved as a new version.')).toBeVisible();
  await expect(page.locator('#versionsstatus')).toContainText(/Latest version: \d+\. Published version: (\d+|none)\./);
  const history = page.getByRole('region', { name: 'Versions', exact: true });
  const table = history.getByRole('table', { name: 'Saved versions of the template, the latest first' });
  await expect(table.getByRole('columnheader')).toHaveText(['Version', 'Saved', 'By', 'Note', 'State', 'Restore']);
  await expect(table.getByRole('row').filter({ hasText: 'Live now' })).toHaveCount(1);
  await expect(table.getByRole('row').nth(1)).toContainText('Latest');
  await expectEnglishPage(page, { data: templateData });
  await expectNoAxeViolations(page);

  // An item without a heading is refused in English, and no version is saved.
  const before = await revisions();
  const item = page.getByRole('group').filter({ hasText: '(vard-riktlinjer)' });
  await item.locator('summary').click();
  await expect(item.getByText(/^Key: vard-riktlinjer \(never changes/)).toBeVisible();
  await item.getByLabel('Heading', { exact: true }).fill('');
  await item.getByLabel('Note about the change (optional)').fill('Nothing to save');
  await item.getByRole('button', { name: 'Save the item' }).click();
  await expect(item.getByRole('alert').filter({ hasText: 'Correct the marked fields.' })).toBeVisible();
  await expect(item.getByLabel('Heading', { exact: true })).toHaveAccessibleDescription(/Write a heading\./);
  expect(await revisions()).toBe(before);
  await expectEnglishPage(page, { data: templateData });
  await expectNoAxeViolations(page);
});

test('the self-assessment editor is in English and refuses an empty statement in English', async ({ page }) => {
  test.slow();
  await page.goto('/redaktion/sjalvskattning');
  await expect(page).toHaveTitle(/^Edit the self-assessment/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The self-assessment');
  await expect(page.getByText(/^Current version: \d+, saved /)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The answer levels' })).toBeVisible();
  await expect(page.getByText('Change the levels’ names and descriptions')).toBeVisible();
  const versions = page.getByRole('table', { name: 'Saved versions of the self-assessment, the latest first' });
  await expect(versions.getByRole('columnheader')).toHaveText(['Version', 'Saved', 'Answers in your organisation']);
  await expect(versions.getByRole('rowheader').first()).toContainText('(current)');
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  // The area keeps its Swedish title (content), marked so; the words around it are English.
  const before = await editions();
  const area = page.getByRole('region', { name: 'Vad jämställdhet är' });
  await expect(area.getByRole('heading', { level: 2 }).locator('[lang="sv"]')).toHaveText('Vad jämställdhet är');
  await expect(area.getByRole('heading', { level: 3 })).toHaveText(/^Statements \(\d+\)$/);
  await area.getByText('Add a statement to the area').click();
  await expect(area.getByText('The statement gets its own key when you save.')).toBeVisible();
  await area.getByRole('button', { name: 'Add the statement' }).click();
  await expect(area.getByText('Correct the marked fields. Nothing is saved.')).toBeVisible();
  await expect(area.getByLabel('Statement', { exact: true }).last()).toHaveAccessibleDescription(
    /Write the statement\./,
  );
  expect(await editions()).toBe(before);
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);
});
