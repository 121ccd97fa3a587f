// A guidance page's English version, written by a strategist in the guide editor (issue 21, item
// 4): a half-written English version is refused at its field; once published, readers who read
// English get the English page (no "only in Swedish" note) and Swedish readers the Swedish; a
// change to the Swedish unticks "matches the Swedish", and English readers get the Swedish page,
// marked so, until the strategist ticks it again. A page the test creates.
import { expect, test, type Page } from '@playwright/test';
import { createDraft } from './support/guide-editor';
import { expectNoAxeViolations } from './support/helpers';
import { expectEnglishPage } from './support/languages';
import { stateFile } from './support/personas';

test.use({ storageState: stateFile('strateg') });

const publish = async (page: Page) => {
  await page.getByRole('button', { name: 'Spara och publicera' }).click();
  await expect(page.getByRole('status').filter({ hasText: /publicerad/i })).toBeVisible();
};

test('a strategist writes a guidance page in English too, and English readers get it', async ({ page, browser }) => {
  test.slow();
  const slug = `e2e-engelska-${Date.now().toString(36)}`;
  await createDraft(page, { slug, title: 'Provsida på två språk', body: 'Den svenska texten.' });
  await expect(page.getByText('Sidan har ingen engelsk version. Läsare på engelska ser den svenska.')).toBeVisible();

  const fold = page.locator('#guide-english');
  await fold.locator('summary').click();
  await expect(fold.getByLabel('Titel på engelska')).toHaveAttribute('lang', 'en');
  await fold.getByLabel('Text på engelska (Markdown)').fill('The English text.');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Rätta de markerade fälten.' })).toBeVisible();
  // Refused, the fold is open and each missing field says so.
  await expect(fold.getByLabel('Titel på engelska')).toHaveAccessibleDescription(/Skriv en titel\./);
  await expect(fold.getByLabel('Sammanfattning på engelska')).toHaveAccessibleDescription(/Skriv en sammanfattning\./);
  await expectNoAxeViolations(page);

  await fold.getByLabel('Titel på engelska').fill('A test page in two languages');
  await fold.getByLabel('Sammanfattning på engelska').fill('A page the tests write.');
  await expect(fold.getByLabel('Den engelska texten stämmer med den svenska som den är nu')).toBeChecked();
  await publish(page);
  await expect(page.getByText('Sidan har en engelsk version som stämmer med den svenska.')).toBeVisible();

  const context = await browser.newContext({ locale: 'en-GB', storageState: { cookies: [], origins: [] } });
  const reader = await context.newPage();
  await reader.goto(`/vagledning/${slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('A test page in two languages');
  await expect(reader.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', /./);
  await expect(reader.getByText('The English text.')).toBeVisible();
  await expect(reader.getByText('This page is only available in Swedish.')).toHaveCount(0);
  await expectEnglishPage(reader);
  await expectNoAxeViolations(reader);

  // A Swedish reader still gets the Swedish page.
  const swedish = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await swedish.goto(`/vagledning/${slug}`);
  await expect(swedish.getByRole('heading', { level: 1 })).toHaveText('Provsida på två språk');

  // The Swedish text changes: the box unticks itself, and English readers get the Swedish page.
  await page.getByLabel('Text', { exact: true }).fill('Den nya svenska texten.');
  await fold.locator('summary').click();
  await expect(fold.getByLabel('Den engelska texten stämmer med den svenska som den är nu')).not.toBeChecked();
  await publish(page);
  await expect(
    page.getByText('Den svenska sidan har ändrats sedan den engelska skrevs.', { exact: false }),
  ).toBeVisible();
  await reader.reload();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Provsida på två språk');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'sv');
  await expect(reader.getByText('This page is only available in Swedish.')).toBeVisible();

  // The strategist reads the English against it and ticks the box.
  await fold.locator('summary').click();
  await fold.getByLabel('Text på engelska (Markdown)').fill('The new English text.');
  await fold.getByLabel('Den engelska texten stämmer med den svenska som den är nu').check();
  await publish(page);
  await reader.reload();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('A test page in two languages');
  await expect(reader.getByText('The new English text.')).toBeVisible();
  await context.close();
});
