// The manager's whole loop: assign a course to a unit, the learner gets the mail and sees it on
// /min-sida with the due date, completes it, and the team view, the person page and the CSV
// show it done, while nothing the learner wrote in a reflection ever reaches the manager.
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { addDays, endOfStockholmDay, formatDay, stockholmDay } from '../../lib/dates';
import { loadCourses } from '../../lib/content/loader';
import { count } from './support/db';
import { signIn, type Fixture } from './support/fixtures';
import { expectNoAxeViolations, waitForMail } from './support/helpers';
import { createTeam } from './support/team-fixtures';

const course = loadCourses().find((c) => c.slug === 'konsuppdelad-statistik')!;
const medium = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeZone: 'Europe/Stockholm' });

async function asPerson(browser: Browser, who: Fixture): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}

async function completeCourse(page: Page, reflection: string) {
  await page.goto(`/kurser/${course.slug}/${course.lessons[0]!.slug}`);
  for (const lesson of course.lessons) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.data.title);
    if (lesson.data.kind === 'reflection') {
      await page.getByLabel(lesson.data.prompt).fill(reflection);
      await page.getByRole('button', { name: 'Spara mitt svar' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Ditt svar är sparat.' })).toBeVisible();
    } else if (lesson.data.kind === 'quiz') {
      // Options are shuffled per attempt: the right one is chosen by its text.
      for (const [i, q] of lesson.data.questions.entries()) {
        await page
          .getByRole('group', { name: new RegExp(`^Fråga ${i + 1}:`) })
          .getByRole('radio', { name: q.options.find((o) => o.correct)!.text, exact: true })
          .check();
      }
      await page.getByRole('button', { name: /Skicka in/ }).click();
      await expect(page.getByRole('status').filter({ hasText: /Godkänd/ })).toBeVisible();
    } else {
      await page.getByRole('button', { name: 'Markera som klar' }).click();
      await expect(page.getByText('Du har gjort klart den här lektionen.')).toBeVisible();
    }
    const next = page.getByRole('link', { name: /^Nästa:/ });
    if (await next.count()) await next.click();
  }
}

test('a manager assigns a course to a unit; the learner is told, sees it, completes it, and the manager sees it done', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const { unit, manager, learner } = await createTeam();
  const due = addDays(stockholmDay(new Date()), 14);
  const secret = `Min hemliga reflektion ${unit.id}`;

  await signIn(page, manager);
  await page.goto('/chef/tilldela');
  await page.getByLabel('Kurs eller lärväg').selectOption({ label: course.data.title });
  await page.getByLabel('Alla i en enhet').check();
  await page.getByLabel('Enhet', { exact: true }).selectOption({ label: unit.name });
  await page.getByLabel('Klar senast (frivilligt)').fill(due);
  await page.getByLabel('Meddelande (frivilligt)').fill('Vi går igenom den på APT.');
  await page.getByRole('button', { name: 'Tilldela' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Kursen ${course.data.title} tilldelades 1 person i ${unit.name}` }),
  ).toBeVisible();

  const mail = await waitForMail(learner.email, new RegExp(`Du har fått kursen ${course.data.title}`));
  expect(mail.text).toContain(`${manager.name} har gett dig en kurs`);
  expect(mail.text).toContain(`klar senast ${formatDay(endOfStockholmDay(due))}`);
  expect(mail.text).toMatch(new RegExp(`http://127\\.0\\.0\\.1:\\d+/kurser/${course.slug}`));
  expect(mail.text).toContain('Vi går igenom den på APT.');

  const learnerPage = await asPerson(browser, learner);
  await learnerPage.goto('/min-sida');
  const mine = learnerPage.getByRole('region', { name: 'Mina kurser' });
  await expect(mine.getByRole('link', { name: course.data.title })).toBeVisible();
  await expect(mine.getByText(`Tilldelad · klar senast ${medium.format(endOfStockholmDay(due))}`)).toBeVisible();
  await completeCourse(learnerPage, secret);

  await page.goto(`/chef?enhet=${unit.id}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: learner.name }) });
  await expect(row.getByRole('cell').last()).toHaveText('Klar');
  await expect(row).toContainText(`${course.data.title}: klar`);
  await row.getByRole('link', { name: learner.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: learner.name })).toBeVisible();
  await expect(page.getByRole('table', { name: `Tilldelade kurser för ${learner.name}` })).toContainText('Klar');
  await expect(
    page.getByRole('region', { name: 'Klara kurser' }).getByRole('link', { name: course.data.title }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The reflection is the learner's alone: not on the team view, the person page or the CSV.
  for (const path of [`/chef?enhet=${unit.id}`, `/chef/personer/${learner.id}`]) {
    await page.goto(path);
    expect(await page.content()).not.toContain(secret);
  }
  const csv = await page.request.get(`/chef/export?enhet=${unit.id}`);
  const bytes = await csv.body();
  expect(bytes.toString('utf8')).not.toContain(secret);
  expect(
    await count('SELECT count(*) AS n FROM "Reflection" WHERE "userId" = ? AND text = ?', [learner.id, secret]),
  ).toBe(1);
});

test('the CSV export opens in Excel with å, ä and ö intact', async ({ page }) => {
  const { unit, manager, learner } = await createTeam('Örjan Åkesson-Ärlig');
  await signIn(page, manager);
  await page.goto('/chef/tilldela');
  await page.getByLabel('Kurs eller lärväg').selectOption({ label: course.data.title });
  await page.getByLabel(`${learner.name} (${unit.name})`).check();
  await page.getByRole('button', { name: 'Tilldela' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Kursen ${course.data.title} tilldelades ${learner.name}.` }),
  ).toBeVisible();

  await page.goto('/chef');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Ladda ner listan som CSV-fil/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^team-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Namn;E-post;Enhet;Målgrupp;Kurs;Status;Klara lektioner;Lektioner totalt;Slutdatum;Klar datum');
  const mine = lines.find((l) => l.startsWith('Örjan Åkesson-Ärlig;'))!;
  expect(mine.split(';')).toEqual([
    'Örjan Åkesson-Ärlig',
    learner.email,
    unit.name,
    'Medarbetare',
    course.data.title,
    'Inte påbörjad',
    '0',
    String(course.lessons.length),
    '',
    '',
  ]);
});

test('assigning twice creates no duplicates and says who already had it; reminders are limited per day', async ({
  page,
}) => {
  const { unit, manager, learner } = await createTeam();
  await signIn(page, manager);
  for (const expected of [
    `Kursen ${course.data.title} tilldelades ${learner.name}.`,
    `Ingen ny person fick kursen ${course.data.title}: ${learner.name} hade den redan.`,
  ]) {
    await page.goto('/chef/tilldela');
    await page.getByLabel('Kurs eller lärväg').selectOption({ label: course.data.title });
    await page.getByLabel(`${learner.name} (${unit.name})`).check();
    await page.getByRole('button', { name: 'Tilldela' }).click();
    await expect(page.getByRole('status').filter({ hasText: expected })).toBeVisible();
  }
  expect(await count('SELECT count(*) AS n FROM "Assignment" WHERE "userId" = ?', [learner.id])).toBe(1);

  for (const expected of [
    'Påminnelse skickad till 1 person.',
    'Påminnelse skickad till 0 personer. 1 hade redan fått en påminnelse i dag',
  ]) {
    await page.goto(`/chef?enhet=${unit.id}`);
    await page.getByLabel(`Välj ${learner.name}`).check();
    await page.getByRole('button', { name: 'Skicka påminnelse till valda' }).click();
    await expect(page.getByRole('status').filter({ hasText: expected })).toBeVisible();
  }
  const reminder = await waitForMail(learner.email, /^Påminnelse om dina kurser/);
  expect(reminder.text).toContain(`${manager.name} vill påminna dig`);
  expect(
    await count('SELECT count(*) AS n FROM "OutboxMail" WHERE "to" = ? AND kind = ?', [learner.email, 'manual']),
  ).toBe(1);
});
