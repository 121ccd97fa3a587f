// A course's English version, written by a strategist in the course editor beside the Swedish
// (issue 21, item 4): a missing English heading is refused and named, the English reaches readers
// who read English once published, a change to the Swedish lesson puts English readers back on the
// Swedish until the strategist says the English matches again, and so does a change to the course's
// own Swedish name. The strategist works in Swedish;
// the reader reads English. A course the test creates, so the demo courses stay as they are.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/helpers';
import { createPerson } from './support/fixtures';
import { signInInEnglish } from './support/languages';
import { stateFile } from './support/personas';

test.use({ storageState: stateFile('strateg') });

async function englishReader(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInInEnglish(page, await createPerson());
  return page;
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Spara och publicera' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kursen är sparad och publicerad.' })).toBeVisible();
}

test('a strategist writes a course in English beside the Swedish, and English readers get it', async ({
  page,
  browser,
}) => {
  test.slow();
  const title = `Engelsktest ${Date.now()}`;
  const slug = title.toLowerCase().replace(/\s+/g, '-');
  await page.goto('/redaktion/kurser');
  await page.getByLabel('Kursens namn').fill(title);
  await page.getByLabel('Sammanfattning').fill('En kurs som testet skriver på två språk.');
  await page.getByRole('button', { name: 'Skapa kurs' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Redigera: ${title}`);

  const lesson = page.getByRole('group', { name: 'Lektion 1: Läsning' });
  await lesson.getByLabel('Rubrik').fill('Välkommen');
  await lesson.getByLabel('Text (Markdown)').fill('Det här är den svenska texten.');
  await expect(lesson.getByText('Ingen engelsk version. Läsare på engelska ser den svenska texten.')).toBeVisible();

  // The course's English name and summary.
  const courseEnglish = page.locator('#course-en');
  await courseEnglish.locator('summary').click();
  await courseEnglish
    .getByRole('button', { name: 'Lägg till engelsk version av kursens namn och beskrivning' })
    .click();
  await courseEnglish.getByLabel('Kursens namn').fill(`English test ${slug.slice(-6)}`);
  await courseEnglish.getByLabel('Sammanfattning').fill('A course the test writes in two languages.');

  // The lesson's English, first without a heading: refused, named, and the link leads to the field.
  const lessonEnglish = page.locator('#lesson-0-en');
  await lessonEnglish.locator('summary').click();
  await lessonEnglish.getByRole('button', { name: 'Lägg till engelsk version av lektion 1' }).click();
  await expect(lessonEnglish.getByLabel('Rubrik')).toHaveAttribute('lang', 'en');
  await lessonEnglish.getByLabel('Text (Markdown)').fill('This is the English text.');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Kursen är inte sparad.' });
  await summary.getByRole('link', { name: 'Lektion 1 (Välkommen), engelska versionen: rubriken saknas.' }).click();
  await expect(lessonEnglish.getByLabel('Rubrik')).toBeFocused();
  await expectNoAxeViolations(page);

  await lessonEnglish.getByLabel('Rubrik').fill('Welcome');
  await expect(lesson.getByText('Den engelska versionen stämmer med den svenska.')).toBeVisible();
  await publish(page);

  const reader = await englishReader(browser);
  await reader.goto(`/kurser/${slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`English test ${slug.slice(-6)}`);
  await reader.getByRole('link', { name: 'Start the course' }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Welcome');
  await expect(reader.getByText('This is the English text.')).toBeVisible();
  await expectNoAxeViolations(reader);

  // The Swedish lesson changes: the editor says so, and English readers get the Swedish lesson.
  await page.reload();
  const swedishText = page.locator('#lesson-0-body');
  await swedishText.fill('Det här är den nya svenska texten.');
  await expect(lesson.getByText(/Den svenska lektionen har ändrats sedan den engelska skrevs/)).toBeVisible();
  await publish(page);
  await reader.reload();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Välkommen');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'sv');
  await expect(reader.getByText('Det här är den nya svenska texten.')).toBeVisible();

  // The strategist reads the English against the new Swedish and says it matches.
  await page.reload();
  await expect(lesson.getByText(/Den svenska lektionen har ändrats sedan den engelska skrevs/)).toBeVisible();
  await lessonEnglish.locator('summary').click();
  await lessonEnglish.getByLabel('Text (Markdown)').fill('This is the new English text.');
  await lessonEnglish.getByLabel('Den engelska texten stämmer med den svenska som den är nu').check();
  await publish(page);
  await reader.reload();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Welcome');
  await expect(reader.getByText('This is the new English text.')).toBeVisible();

  // The course's Swedish name changes: its English name no longer says it matches, and English
  // readers get the Swedish name until the strategist says the English matches again.
  await page.reload();
  await page.locator('#course-title').fill(`${title} ny`);
  await courseEnglish.locator('summary').click();
  await expect(
    courseEnglish.getByText(/Läsare på engelska ser kursens svenska namn och beskrivning tills/),
  ).toBeVisible();
  await expect(courseEnglish.getByLabel('Den engelska texten stämmer med den svenska som den är nu')).not.toBeChecked();
  await publish(page);
  await reader.goto(`/kurser/${slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`${title} ny`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'sv');
  await page.reload();
  await courseEnglish.locator('summary').click();
  await courseEnglish.getByLabel('Den engelska texten stämmer med den svenska som den är nu').check();
  await expect(courseEnglish.getByText('Den engelska versionen stämmer med den svenska.')).toBeVisible();
  await publish(page);
  await reader.reload();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`English test ${slug.slice(-6)}`);
  await reader.context().close();
});
