// Learning examples in English (issue 21): an author reading English writes an example (refused in
// English first), a strategist reading English asks for changes and publishes it, and an English
// reader finds it with the colleague's Swedish text marked `lang="sv"` inside the English page; the
// author withdraws it. The examples' own text is data: written by colleagues, shown as written.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser } from '@playwright/test';
import { createPerson, type Fixture } from './support/fixtures';
import { expectNoAxeViolations, expectNoSidewaysScroll } from './support/helpers';
import { expectEnglishPage, signInInEnglish } from './support/languages';

test.use({ locale: 'en-GB' });

async function englishReader(browser: Browser, who?: Fixture) {
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  if (who) await signInInEnglish(page, who);
  return page;
}

test('an example is written, reviewed and read in the English UI', async ({ page, browser }) => {
  test.slow();
  const tag = randomBytes(3).toString('hex');
  const author = await createPerson({ unit: 'Förskolan Solrosen', name: `Alex Author ${tag}` });
  const strategist = await createPerson({
    role: 'STRATEGIST',
    audience: 'STRATEGIST',
    unit: 'Kommunledningsförvaltningen',
    name: `Robin Reviewer ${tag}`,
  });
  const title = `Vi bytte bilderna i veckobrevet ${tag}`;

  await signInInEnglish(page, author);
  await page.goto('/exempel/nytt');
  await expect(page).toHaveTitle(/^Tell us about your learning example/);
  await page.getByLabel('Heading').fill('<b>Bold</b>');
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The example is not sent. Correct the marked fields.' }),
  ).toBeVisible();
  await expect(page.getByText('Tell us what you learned.')).toBeVisible();
  await expect(page.getByText('Choose at least one topic.')).toBeVisible();
  await expectEnglishPage(page, { data: ['Kommunikation', 'Medarbetare'] });
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);

  await page.getByLabel('Heading').fill(title);
  await page.getByLabel('What did you do?').fill('Vi räknade vem som syns göra vad på bilderna vi skickar hem.');
  await page.getByLabel('What did you learn?').fill('Nästan bara mammor syntes på bilderna om hämtning.');
  await page.getByRole('group', { name: 'Topics' }).getByLabel('Stereotypes').check();
  await page.getByRole('group', { name: 'Who benefits most from the example?' }).getByLabel('Employees').check();
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page).toHaveURL(/\/exempel\/mina\?skickat=1$/);
  await expect(page.getByText('Thank you! The example is sent for review.')).toBeVisible();
  const mine = page.getByRole('listitem').filter({ hasText: title });
  await expect(mine).toContainText('Waiting for review');
  await expect(mine.getByRole('heading')).toHaveAttribute('lang', 'sv');
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  const reviewer = await englishReader(browser, strategist);
  await reviewer.goto('/exempel/granska');
  await expect(reviewer).toHaveTitle(/^Review learning examples/);
  const item = reviewer.getByRole('listitem').filter({ has: reviewer.getByRole('heading', { name: title }) });
  await expect(item.getByRole('heading', { name: 'What we did' })).toBeVisible();
  await expectEnglishPage(reviewer, { data: ['Medarbetare'] });
  await expectNoAxeViolations(reviewer);
  await item.getByLabel(/^Comment to the person who wrote it/).fill('Skriv gärna vad ni ändrade i brevet.');
  await item.getByRole('button', { name: `Ask for changes in ${title}`, exact: true }).click();
  await expect(
    reviewer.getByRole('status').filter({ hasText: 'The person who wrote the example sees your comment' }),
  ).toBeVisible();

  await page.goto('/exempel/mina');
  await expect(mine).toContainText('Changes requested');
  await expect(mine).toContainText('The strategist’s comment: Skriv gärna vad ni ändrade i brevet.');
  await mine.getByRole('link', { name: /^Change/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change a learning example');
  await page.getByLabel('What changed? (optional)').fill('Nu skriver vi till båda vårdnadshavarna.');
  await page.getByRole('button', { name: 'Save and send for review again' }).click();
  await expect(page).toHaveURL(/\/exempel\/mina\?andrat=1$/);
  await expect(mine).toContainText('Waiting for review');

  await reviewer.goto('/exempel/granska');
  await item.getByRole('button', { name: `Publish ${title}`, exact: true }).click();
  await expect(reviewer.getByRole('status').filter({ hasText: 'The example is published.' })).toBeVisible();

  const reader = await englishReader(browser);
  await reader.goto('/exempel');
  await expect(reader).toHaveTitle(/^Learning examples/);
  await expect(reader.getByRole('form', { name: 'Filter the examples' })).toBeVisible();
  await expectEnglishPage(reader);
  await reader.getByRole('link', { name: title }).click();
  await expect(reader.getByRole('heading', { level: 1 }).locator('[lang="sv"]')).toHaveText(title);
  await expect(reader.getByRole('heading', { name: 'What we learned' })).toBeVisible();
  await expect(reader.getByText('Nästan bara mammor syntes på bilderna om hämtning.')).toHaveAttribute('lang', 'sv');
  await expect(reader.getByText('Topics: Stereotypes. For: Employees.')).toBeVisible();
  await expectEnglishPage(reader);
  await expectNoAxeViolations(reader);

  await page.goto('/exempel/mina');
  await mine.getByRole('button', { name: /^Withdraw/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The example is withdrawn.' })).toBeVisible();
  await expect(mine).toContainText('Withdrawn');
  await reader.goto('/exempel');
  await expect(reader.getByText(title)).toHaveCount(0);
});
