// Course authoring: drafts stay invisible to learners until published, a concurrent save is
// refused without losing the editor's text, and only the host organisation's editors get in.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/helpers';
import { createPerson, signIn } from './support/fixtures';
import { stateFile } from './support/personas';

async function createCourse(page: Page, title: string) {
  await page.goto('/redaktion/kurser');
  await page.getByLabel('Kursens namn').fill(title);
  await page.getByLabel('Sammanfattning').fill('En kurs som testet skapar.');
  await page.getByRole('button', { name: 'Skapa kurs' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Redigera: ${title}`);
  return page.url();
}

test.describe('a strategist', () => {
  test.use({ storageState: stateFile('strateg') });

  test('writes a course, saves a draft readers cannot see, then publishes it', async ({ page, browser }) => {
    const title = `Testkurs ${Date.now()}`;
    await createCourse(page, title);
    await page.getByLabel('Rubrik').fill('Välkommen');
    await page.getByLabel('Text (Markdown)').fill('Det här är **första** lektionen.');
    await page.getByRole('button', { name: 'Lägg till kunskapskontroll' }).click();
    const quiz = page.getByRole('group', { name: 'Lektion 2: Kunskapskontroll' });
    await quiz.getByLabel('Rubrik').fill('Testa dig själv');
    await quiz.getByLabel('Fråga', { exact: true }).fill('Vad är två plus två?');
    await quiz.getByLabel('Svarsalternativ 1').fill('Tre');
    await quiz.getByLabel('Svarsalternativ 2').fill('Fyra');
    await quiz.getByRole('radio', { name: 'Rätt svar för fråga 1' }).nth(1).check();
    await quiz.getByLabel('Förklaring som visas efter svaret').fill('Två plus två är fyra.');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Utkastet är sparat som version 2/ })).toBeVisible();
    await expectNoAxeViolations(page);

    const slug = title.toLowerCase().replace(/\s+/g, '-');
    const learnerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const learnerPage = await learnerContext.newPage();
    const learner = await createPerson();
    await signIn(learnerPage, learner);
    expect((await learnerPage.goto(`/kurser/${slug}`))?.status()).toBe(404);

    await page.getByRole('button', { name: 'Spara och publicera' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kursen är sparad och publicerad.' })).toBeVisible();

    await learnerPage.goto(`/kurser/${slug}`);
    await expect(learnerPage.getByRole('heading', { level: 1 })).toHaveText(title);
    await learnerPage.getByRole('link', { name: 'Testa dig själv' }).click();
    await learnerPage.getByRole('radio', { name: 'Fyra' }).check();
    await learnerPage.getByRole('button', { name: 'Skicka in svaren' }).click();
    await expect(learnerPage.getByRole('status').filter({ hasText: 'Godkänd: 1 av 1 rätt.' })).toBeVisible();
    await learnerContext.close();
  });

  test('a refused save names each problem in words and links to its field', async ({ page }) => {
    await createCourse(page, `Felkurs ${Date.now()}`);
    await page.getByLabel('Rubrik').fill('Välkommen');
    await page.getByLabel('Text (Markdown)').fill('');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Kursen är inte sparad.' });
    await expect(summary).toBeVisible();
    await expect(summary).not.toContainText('draft');
    await summary.getByRole('link', { name: 'Lektion 1 (Välkommen): texten saknas.' }).click();
    await expect(page.getByLabel('Text (Markdown)')).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('a second, concurrent save is refused and the text is kept', async ({ page, browser }) => {
    const url = await createCourse(page, `Krock ${Date.now()}`);
    const other = await browser.newContext({ storageState: stateFile('strateg') });
    const second = await other.newPage();
    await second.goto(url);

    await page.getByLabel('Text (Markdown)').fill('Första redaktörens text.');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Utkastet är sparat' })).toBeVisible();

    await second.getByLabel('Text (Markdown)').fill('Andra redaktörens text.');
    await second.getByRole('button', { name: 'Spara utkast' }).click();
    await expect(
      second.getByRole('alert').filter({ hasText: 'Någon annan har sparat kursen medan du arbetade.' }),
    ).toBeVisible();
    await expect(second.getByLabel('Text (Markdown)')).toHaveValue('Andra redaktörens text.');
    await other.close();

    await page.getByRole('link', { name: 'Versioner' }).click();
    await expect(page.getByRole('heading', { name: /^Version \d/ })).toHaveCount(2);
    await expectNoAxeViolations(page);
  });

  test('reorders a learning path', async ({ page }) => {
    await page.goto('/redaktion/larvagar/medarbetare');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Spara och publicera lärvägen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Lärvägen är sparad och publicerad.' })).toBeVisible();
  });

  test('renames a learning path in English, and the start page names it so at once', async ({ page, browser }) => {
    const english = await browser.newContext({ locale: 'en-GB' });
    const reader = await english.newPage();
    const rename = async (name: string) => {
      await page.goto('/redaktion/larvagar/medarbetare');
      await page.getByLabel('Namn på engelska').fill(name);
      await page.getByRole('button', { name: 'Spara och publicera lärvägen' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Lärvägen är sparad och publicerad.' })).toBeVisible();
    };
    // The English matches the Swedish; the box is for saying so again after a change, and typing
    // in a Swedish text unticks it: the English must be read against it again.
    await page.goto('/redaktion/larvagar/medarbetare');
    const matches = page.getByLabel('Den engelska texten stämmer med den svenska som den är nu');
    await expect(page.getByText('Den engelska versionen stämmer med den svenska.')).toBeVisible();
    await expect(matches).not.toBeChecked();
    await matches.check();
    await page.getByLabel('Introduktion (Markdown)', { exact: true }).press('End');
    await page.getByLabel('Introduktion (Markdown)', { exact: true }).pressSequentially(' ');
    await expect(matches).not.toBeChecked();
    await rename('Learning path for all employees');
    await reader.goto('/');
    await expect(reader.getByRole('link', { name: 'Learning path for all employees', exact: true })).toBeVisible();
    // Swedish readers keep the Swedish name.
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Lärväg för medarbetare', exact: true })).toBeVisible();
    await rename('Learning path for employees');
    await reader.goto('/');
    await expect(reader.getByRole('link', { name: 'Learning path for employees', exact: true })).toBeVisible();
    await english.close();
  });
});

for (const persona of ['medarbetare', 'chef', 'norrvikAdmin'] as const) {
  test(`${persona} cannot open the course editor`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateFile(persona) });
    const page = await context.newPage();
    for (const path of ['/redaktion/kurser', '/redaktion/larvagar/chef']) {
      expect((await page.goto(path))?.status()).toBe(403);
    }
    await context.close();
  });
}
