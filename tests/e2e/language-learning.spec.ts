// Learning in English (issue 21): a person who does not read Swedish finds their path, takes the
// introduction and the stereotypes courses in English, knowledge checks included, and gets their
// certificates in English, on the page and as PDF. A course without an English version is shown
// in Swedish, marked so. A manager reading English follows the team and assigns a course, and a
// strategist follows the statistics.
import { expect, test, type Page } from '@playwright/test';
import { loadCourses } from '../../lib/content/loader';
import { addDays, endOfStockholmDay, formatDay, stockholmDay } from '../../lib/dates';
import { pdfText } from '../support/pdf-text';
import { count, isPostgres, withDb } from './support/db';
import { createPerson } from './support/fixtures';
import { expectNoAxeViolations, waitForMail } from './support/helpers';
import { expectEnglishPage, signInInEnglish } from './support/languages';
import { stateFile } from './support/personas';
import { createTeam } from './support/team-fixtures';

test.use({ locale: 'en-GB' });

const courses = loadCourses();
const english = (slug: string) => {
  const course = courses.find((c) => c.slug === slug)!;
  return {
    slug,
    title: course.translations.en!.title,
    lessons: course.lessons.map((l) => ({ kind: l.data.kind, sv: l.data, en: l.translations.en! })),
  };
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Options are shuffled per attempt: chosen by their (English) text, never by their place. */
const option = (page: Page, question: number, text: string) =>
  page
    .getByRole('group', { name: new RegExp(`^Question ${question + 1}:`) })
    .getByRole('radio', { name: new RegExp(`^${escape(text)}`) });

/** The figures of a page in order, as one language writes them: "51 %" and "51%", "2,0" and "2.0", "(8 av 20)" and "(8 of 20)" alike. */
const figures = (text: string) =>
  (text.match(/\d+\s?%|\b\d[.,]\d\b|\(\d+ (?:av|of) \d+\)/g) ?? []).map((f) =>
    f.replace(/\s/g, '').replace(',', '.').replace('av', 'of'),
  );

/** The person chose English on their account (Mitt konto): their mails are written in it. */
const choseEnglish = (personId: string) =>
  withDb((db) => db.query(`UPDATE "User" SET locale = 'en' WHERE id = ${isPostgres ? '$1' : '?'}`, [personId]));

async function takeCourse(page: Page, slug: string, { checkErrors }: { checkErrors: boolean }) {
  const course = english(slug);
  await page.goto(`/kurser/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.title);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', /./);
  await expectEnglishPage(page);
  await page.getByRole('link', { name: 'Start the course' }).click();

  for (const lesson of course.lessons) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.en.title);
    await expectEnglishPage(page);
    await expectNoAxeViolations(page);
    if (lesson.kind === 'reading' || lesson.kind === 'video') {
      if (lesson.kind === 'video') {
        const track = page.locator('video track');
        await expect(track).toHaveAttribute('srclang', 'en');
        await expect(track).toHaveAttribute('label', 'English');
        await expect(track).toHaveAttribute('src', lesson.en.captions!);
        await expect(page.getByText('Captions in English are available')).toBeVisible();
      }
      await page.getByRole('button', { name: 'Mark as done' }).click();
      await expect(page.getByText('You have finished this lesson.')).toBeVisible();
    } else if (lesson.kind === 'reflection') {
      await page.getByLabel(lesson.en.prompt!).fill('In our unit we count visits but do not split them by sex.');
      await page.getByRole('button', { name: 'Save my answer' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Your answer is saved. Only you can read it.' }),
      ).toBeVisible();
    } else if (lesson.kind === 'quiz' && lesson.sv.kind === 'quiz') {
      const questions = lesson.en.questions!;
      const right = lesson.sv.questions.map((q) => q.options.findIndex((o) => o.correct));
      await expect(
        page.getByText(`Answer all ${questions.length} questions. To pass, you need 4 right.`),
      ).toBeVisible();
      if (checkErrors) {
        // One answer only: the rest are named in English, and the answer given is kept.
        await option(page, 0, questions[0]!.options[0]!).check();
        await page.getByRole('button', { name: 'Submit your answers' }).click();
        const summary = page.getByRole('alert').filter({ hasText: 'Answer all questions before you submit.' });
        await expect(summary).toBeFocused();
        await expect(summary).toContainText('There is no answer to question 2, question 3, question 4 and question 5.');
        await expect(page.getByRole('group', { name: /^Question 2:/ })).toContainText('Choose one of the answers.');
        await expectEnglishPage(page);
        // All wrong: not passed, with the English explanation of each question.
        for (const [i, q] of questions.entries())
          await option(page, i, q.options[(right[i]! + 1) % q.options.length]!).check();
        await page.getByRole('button', { name: 'Submit your answers' }).click();
        await expect(page.getByRole('alert').filter({ hasText: /Not passed this time: 0 of 5 right\./ })).toBeVisible();
        await expect(page.getByText(questions[0]!.explanation)).toBeVisible();
        await expect(page.getByText('Not right.').first()).toBeVisible();
        await expect(page.getByText('(right answer)').first()).toBeVisible();
        await expectEnglishPage(page);
      }
      for (const [i, q] of questions.entries()) await option(page, i, q.options[right[i]!]!).check();
      await page.getByRole('button', { name: /^Submit/ }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Passed: 5 of 5 right. Well done! You have finished the course.' }),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Evaluate the course' })).toBeVisible();
      await expectEnglishPage(page);
      break;
    }
    await page.getByRole('link', { name: /^Next:/ }).click();
  }
}

test('a reader who does not read Swedish takes two courses in English and gets English certificates', async ({
  page,
}) => {
  test.slow();
  const learner = await createPerson({ unit: 'Förskolan Solrosen' });
  await signInInEnglish(page, learner);

  // Their path first, in English.
  await page.goto('/larvagar');
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Learning path for employees');
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Your learning path');
  await expect(page.getByRole('link', { name: english('konsstereotyper').title }).first()).toBeVisible();
  await expectEnglishPage(page);

  await takeCourse(page, 'introduktion-jamstalldhetsintegrering', { checkErrors: true });
  await takeCourse(page, 'konsstereotyper', { checkErrors: false });
  expect(await count('SELECT count(*) AS n FROM "CourseCompletion" WHERE "userId" = ?', [learner.id])).toBe(2);

  // My page: both courses done, in English, each with its certificate.
  await page.goto('/min-sida');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My page');
  const done = page.getByRole('region', { name: 'Finished courses and certificates' });
  await expect(done.getByRole('link', { name: english('konsstereotyper').title, exact: true })).toBeVisible();
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await done.getByRole('link', { name: `Download certificate (PDF) for ${english('konsstereotyper').title}` }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const text = await pdfText(readFileSync(file!));
  expect(text.slice(0, 4)).toEqual([
    'CERTIFICATE',
    learner.name,
    'has completed the course',
    english('konsstereotyper').title,
  ]);
  expect(text).toContain('To check that the certificate is valid, scan the QR code or go to');

  await done.getByRole('link', { name: `Certificate as a web page for ${english('konsstereotyper').title}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Certificate');
  await expect(page.getByText('has completed the course')).toBeVisible();
  await expect(page.getByText(english('konsstereotyper').title)).not.toHaveAttribute('lang', /./);
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);
});

test('a course without an English version is shown in Swedish inside the English page, marked so', async ({ page }) => {
  const learner = await createPerson();
  await signInInEnglish(page, learner);
  const course = courses.find((c) => c.slug === 'konsuppdelad-statistik')!;
  expect(course.translations.en).toBeUndefined();
  await page.goto(`/kurser/${course.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.data.title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'sv');
  await expect(page.getByText('This course is only available in Swedish.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'About the course' })).toBeVisible();
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'sv');
  await expect(page.getByText('This lesson is only available in Swedish.')).toBeVisible();
  await expect(page.getByText('Lesson 1 of')).toBeVisible();
  await expectEnglishPage(page);
});

test('a manager reading in English follows the team and assigns a course, with answers in English', async ({
  page,
}) => {
  const { unit, manager, learner } = await createTeam();
  await choseEnglish(learner.id);
  await signInInEnglish(page, manager);

  await page.goto(`/chef?enhet=${unit.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My team');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: learner.name }) });
  await expect(row.getByRole('cell').last()).toHaveText('Nothing assigned');
  await expect(page.getByRole('columnheader', { name: 'Nearest due date' })).toBeVisible();
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  await page.goto('/chef/tilldela');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assign a course or learning path');
  // Refused in English: a unit is asked for, and nothing was assigned.
  await page.getByLabel('Course or learning path').selectOption({ label: english('konsstereotyper').title });
  await page.getByLabel('Everyone in a unit').check();
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Nothing has been assigned. Correct the marked fields.' }),
  ).toBeVisible();
  await expect(page.getByText('Choose a unit.')).toBeVisible();
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);
  expect(await count('SELECT count(*) AS n FROM "Assignment" WHERE "userId" = ?', [learner.id])).toBe(0);

  const due = addDays(stockholmDay(new Date()), 14);
  await page.getByLabel('Course or learning path').selectOption({ label: english('konsstereotyper').title });
  await page.getByLabel('Everyone in a unit').check();
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: unit.name });
  await page.getByLabel('Due by (optional)').fill(due);
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(
    page.getByRole('status').filter({
      hasText: `The course ${english('konsstereotyper').title} was assigned to 1 person in ${unit.name}, due by ${formatDay(endOfStockholmDay(due), 'en')}.`,
    }),
  ).toBeVisible();
  expect(await count('SELECT count(*) AS n FROM "Assignment" WHERE "userId" = ?', [learner.id])).toBe(1);

  await page.goto(`/chef?enhet=${unit.id}`);
  await expect(row.getByRole('cell').last()).toHaveText('Not started');
  await expect(row).toContainText(`${english('konsstereotyper').title}: 0 of 6`);
  await expectEnglishPage(page);
  // The list as a file: English headers, statuses and titles.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the list as a CSV file (for Excel)' }).click();
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync((await (await download).path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  expect(csv[0]).toBe(
    'Name;Email;Unit;Target group;Course;Status;Lessons completed;Lessons in all;Due date;Completed on',
  );
  expect(csv.find((line) => line.startsWith(learner.name))).toBe(
    `${learner.name};${learner.email};${unit.name};Employee;${english('konsstereotyper').title};Not started;0;6;${due};`,
  );

  const notice = await waitForMail(learner.email, /^You have been given the course/);
  expect(notice.subject).toBe(`You have been given the course ${english('konsstereotyper').title}`);
  expect(notice.text).toContain(`${manager.name} has given you a course in the Gender Equality Portal:`);
  expect(notice.text).toContain(`due by ${formatDay(endOfStockholmDay(due), 'en')}`);
  expect(notice.text).toMatch(/\/kurser\/konsstereotyper/);

  // The person's page: a new due date, then a withdrawal, refused and answered in English.
  const title = english('konsstereotyper').title;
  await page.goto(`/chef/personer/${learner.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(learner.name);
  const assigned = page.getByRole('table', { name: `Assigned courses for ${learner.name}` });
  await expect(assigned.getByRole('rowheader', { name: title })).toBeVisible();
  await expect(assigned.getByRole('cell', { name: 'From a manager' })).toBeVisible();
  await page.getByText(`${title}: change the due date or withdraw`).click();
  await expectEnglishPage(page, { data: [unit.name] });
  await expectNoAxeViolations(page);
  await page.getByLabel('New due date').fill(addDays(stockholmDay(new Date()), -1));
  await page.getByRole('button', { name: 'Save the due date' }).click();
  await expect(page.getByText('The due date has already passed.').first()).toBeVisible();
  const later = addDays(stockholmDay(new Date()), 40);
  await page.getByLabel('New due date').fill(later);
  await page.getByRole('button', { name: 'Save the due date' }).click();
  const newDue = formatDay(endOfStockholmDay(later), 'en');
  await expect(
    page.getByText(
      `New due date for the course ${title} for ${learner.name}: ${newDue}. The person gets an email about it.`,
    ),
  ).toBeVisible();
  const moved = await waitForMail(learner.email, /^New due date for/);
  expect(moved.subject).toBe(`New due date for ${title}: ${newDue}`);

  await page.goto(`/chef/personer/${learner.id}`);
  await page.getByText(`${title}: change the due date or withdraw`).click();
  await page.getByRole('button', { name: 'Withdraw the course' }).click();
  await expect(page.getByText('Write why the course is being withdrawn.').first()).toBeVisible();
  expect(
    await count('SELECT count(*) AS n FROM "Assignment" WHERE "userId" = ? AND "withdrawnAt" IS NULL', [learner.id]),
  ).toBe(1);
  await page.getByLabel('Reason for withdrawing (required)').fill('We take the course together at the APT instead.');
  await page.getByRole('button', { name: 'Withdraw the course' }).click();
  await expect(page.getByText(`The course ${title} is withdrawn for ${learner.name}.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Withdrawn courses' })).toContainText(
    'Reason: We take the course together at the APT instead.',
  );
  await expectEnglishPage(page, { data: [unit.name] });
  const told = await waitForMail(learner.email, /is no longer assigned to you$/);
  expect(told.text).toContain(`${manager.name} has withdrawn the course “${title}”`);
});

test('a manager reading in English makes a rule for a unit and removes it', async ({ page }) => {
  const { unit, manager, learner } = await createTeam();
  await choseEnglish(learner.id);
  const title = english('konsstereotyper').title;
  await signInInEnglish(page, manager);
  await page.goto('/chef/regler');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assignment rules');
  await page.getByLabel('Course or learning path').selectOption({ label: title });
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: unit.name });
  await page.getByLabel('Number of days to complete it in').fill('0');
  await page.getByRole('button', { name: 'Save the rule' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The rule was not saved.' })).toBeVisible();
  await expectEnglishPage(page, { data: [unit.name] });
  await expectNoAxeViolations(page);
  await page.getByLabel('Number of days to complete it in').fill('21');
  await page.getByRole('button', { name: 'Save the rule' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The rule is saved. 1 person got the course now;' }),
  ).toBeVisible();
  const notice = await waitForMail(learner.email, /^You have been given the course/);
  expect(notice.text).toContain('which everyone in your group is to take');

  const rules = page.getByRole('table', { name: /rules? in force/ });
  const row = rules.getByRole('row').filter({ hasText: unit.name });
  await expect(row).toContainText(`${unit.name} and the units below: everyone`);
  await expect(row).toContainText(title);
  await expect(row).toContainText('21 days');
  await expectEnglishPage(page, { data: [unit.name] });
  await row.getByRole('button', { name: /^Remove the rule/ }).click();
  await expect(rules.getByText(unit.name)).toHaveCount(0);
  expect(
    await count('SELECT count(*) AS n FROM "Assignment" WHERE "userId" = ? AND source = ?', [learner.id, 'RULE']),
  ).toBe(1);
});

test('a manager reading in English plans a group session, moves it and cancels it; the invited get it in their language', async ({
  page,
  browser,
}) => {
  const { unit, manager, learner } = await createTeam();
  await choseEnglish(learner.id);
  const title = english('konsstereotyper').title;
  await signInInEnglish(page, manager);
  await page.goto('/chef/traffar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group sessions');
  await expectEnglishPage(page);
  await page.getByRole('link', { name: 'Plan a group session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan a group session');
  await expectEnglishPage(page, { data: [unit.name, 'Förskola', 'Kommunikationsavdelningen'] });
  await expectNoAxeViolations(page);
  // Refused in English, nothing saved.
  await page.getByLabel('Date').fill('2020-01-01');
  await page.getByLabel('Start time').fill('13:30');
  await page.getByRole('button', { name: 'Plan the session and send the invitation' }).click();
  await expect(page.getByText('Choose at least one unit to invite.')).toBeVisible();
  await expect(page.getByText('Write where you will meet, or mark the session as online.')).toBeVisible();
  expect(await count('SELECT count(*) AS n FROM "GroupSession" WHERE "plannedById" = ?', [manager.id])).toBe(0);

  await page.getByLabel(unit.name).check();
  await page.getByLabel('Date').fill(addDays(stockholmDay(new Date()), 14));
  await page.getByLabel('The session is online').check();
  await page.getByLabel('Course', { exact: true }).selectOption({ label: title });
  await page.getByRole('button', { name: 'Plan the session and send the invitation' }).click();
  await expect(
    page.getByText('The session is planned. 1 person is invited, and 1 of them has had an invitation by email.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Workplace meeting \(APT\) \d+ \w+ \d{4}/);
  await expect(page.getByText('Online', { exact: true })).toBeVisible();
  await expect(page.getByText('You fill in attendance once the session has begun.')).toBeVisible();
  await expectEnglishPage(page, { data: [unit.name] });
  await expectNoAxeViolations(page);

  const invitation = await waitForMail(learner.email, /^Invitation: Workplace meeting/);
  expect(invitation.text).toContain(
    `${manager.name} invites you to a workplace meeting (APT) where we go through the course “${title}” together.`,
  );
  expect(invitation.text).toContain('Where: Online');
  // The calendar file from the invitation is in the invitee's language, whoever opens the link.
  const link = /https?:\/\/\S+\/kalender\.ics\?\S+/.exec(invitation.text)![0];
  // Opened by someone else, in a Swedish browser with no cookies: still the invitee's language.
  const stranger = await browser.newContext({ locale: 'sv-SE', storageState: { cookies: [], origins: [] } });
  const ics = (await (await stranger.request.get(link)).text()).replace(/\r\n /g, '');
  await stranger.close();
  expect(ics).toContain(`SUMMARY:Workplace meeting (APT): ${title}`);
  expect(ics).toContain('LOCATION:Online');

  // The staff-room notice, in the language of the manager who prints it.
  const sessionPage = page.url();
  await page.getByRole('link', { name: 'Notice to print for the staff room' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Workplace meeting (APT): ${title}`);
  await expect(page.getByText(`Everyone in ${unit.name}`)).toBeVisible();
  await expectEnglishPage(page, { data: [unit.name] });
  await page.goto(sessionPage);

  await page.getByLabel('Start time').fill('10:15');
  await page.getByRole('button', { name: 'Change the time or place' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'The session is changed. 1 invited person has had a message about it.' }),
  ).toBeVisible();
  const moved = await waitForMail(learner.email, /^New time or place: Workplace meeting/);
  expect(moved.text).toContain(`has changed the meeting about “${title}”`);

  await page.getByLabel('Message to those invited (optional)').fill('We take the course at the next APT instead.');
  await page.getByRole('button', { name: 'Cancel the session' }).click();
  await expect(page.getByText('The session is cancelled. 1 invited person has been told by email.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group sessions');
  await expectEnglishPage(page, { data: [unit.name] });
  const cancelled = await waitForMail(learner.email, /^Cancelled: Workplace meeting/);
  expect(cancelled.text).toContain('We take the course at the next APT instead.');
});

test('the page the weekly summary links to is in English for an English reader', async ({ page }) => {
  await page.goto('/e-post/sammanfattning');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stop getting the weekly summary');
  await expect(page.getByText('The link is incomplete.')).toBeVisible();
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);
});

test('a reader who asks for a sign-in link on the English page gets it in English and signs in with it', async ({
  page,
}) => {
  const person = await createPerson({ unit: 'Förskolan Solrosen' });
  await page.goto('/logga-in');
  const form = page.getByRole('region', { name: 'With a link by email' });
  await form.getByLabel('Email address').fill(person.email);
  await form.getByRole('button', { name: 'Send sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await expectEnglishPage(page);
  const mail = await waitForMail(person.email, /sign-in link/);
  expect(mail.subject).toBe('Your sign-in link to the Gender Equality Portal');
  expect(mail.text).toContain('Click the link within 30 minutes to sign in:');
  const link = /(http:\/\/\S+\/api\/auth\/callback\/email\S+)/.exec(mail.text)?.[1];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await expect(page.getByTestId('signed-in-user')).toHaveText(person.name);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My page');
});

test.describe('a strategist reading in English', () => {
  test.use({ storageState: stateFile('strateg') });

  test('reads the competence needs in English, with the same hidden cells as in Swedish', async ({ page, browser }) => {
    await page.goto('/statistik/behov');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Competence needs');
    await expect(page.getByRole('heading', { name: 'Largest needs' })).toBeVisible();
    const answered = page.getByRole('table', { name: 'Share who have answered, by sex' });
    await expect(answered.getByRole('rowheader', { name: 'The whole selection' })).toBeVisible();
    await expectEnglishPage(page, { data: ['Kommunikation'] });
    await expectNoAxeViolations(page);
    const english = await page.locator('main').innerText();
    const swedishContext = await browser.newContext({ storageState: stateFile('strateg'), locale: 'sv-SE' });
    const swedishPage = await swedishContext.newPage();
    await swedishPage.goto('/statistik/behov');
    await expect(swedishPage.getByRole('heading', { level: 1 })).toHaveText('Kompetensbehov');
    const swedish = await swedishPage.locator('main').innerText();
    await swedishContext.close();
    const hidden = (text: string) => (text.match(/dold – [^\n]+|hidden – [^\n]+/g) ?? []).length;
    expect(hidden(english)).toBe(hidden(swedish));
    // Shares, scores and counts in order, written the same way in both languages.
    expect(figures(english).length).toBeGreaterThan(0);
    expect(figures(english)).toEqual(figures(swedish));
  });

  test('compares with the other organisations in English, hidden figures the same', async ({ page, browser }) => {
    await page.goto('/statistik/jamfor');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare with other organisations');
    const table = page.getByRole('table', { name: 'Has completed, by organisation and sex (table)' });
    await expect(table.getByRole('rowheader')).toHaveText(['Sjöstads kommun (your organisation)', 'Region Norrvik']);
    const norrvik = page.getByRole('row', { name: /^Region Norrvik/ }).first();
    await expect(norrvik.getByRole('cell').last()).toHaveText('hidden – fewer than 5 people');
    const choices = page.getByRole('navigation', { name: 'Key figures' });
    await expect(choices.getByRole('link', { name: 'Has completed' })).toHaveAttribute('aria-current', 'page');
    await expectEnglishPage(page, { data: ['Sjöstads kommun', 'Region Norrvik'] });
    await expectNoAxeViolations(page);
    // The same figures and hidden cells, in the same order, as the Swedish page.
    const swedishContext = await browser.newContext({ storageState: stateFile('strateg'), locale: 'sv-SE' });
    const swedishPage = await swedishContext.newPage();
    await swedishPage.goto('/statistik/jamfor');
    const swedish = swedishPage.getByRole('table', { name: 'Har gått klart, per organisation och kön (tabell)' });
    const [englishText, swedishText] = [await table.innerText(), await swedish.innerText()];
    await swedishContext.close();
    expect(figures(englishText).length).toBeGreaterThan(0);
    expect(figures(englishText)).toEqual(figures(swedishText));
    expect(englishText.match(/hidden – /g)?.length).toBe(swedishText.match(/dold – /g)?.length);
    await choices.getByRole('link', { name: 'Overdue assignments' }).click();
    await expect(
      page.getByRole('table', { name: 'Overdue assignments, by organisation and sex (table)' }),
    ).toBeVisible();
  });

  test('follows the statistics in English, with the same protection, and downloads them with English headers', async ({
    page,
  }) => {
    await page.goto('/statistik');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistics');
    const table = page.getByRole('table', { name: 'Has completed, by administration and sex (table)' });
    await expect(table.getByRole('columnheader', { name: 'Women' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Everyone' })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Average for the selection' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'How we count, and why some figures are hidden' })).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: /^Development by quarter/ })
        .getByRole('rowheader')
        .first(),
    ).toHaveText(/^Q[1-4] \d{4}$/);
    // The demo organisation has a unit called Kommunikationsavdelningen: a name, not a message.
    await expectEnglishPage(page, { data: ['Kommunikation'] });
    await expectNoAxeViolations(page);

    // The same figures, hidden the same way, as the Swedish page shows.
    const english = await table.locator('tbody').innerText();
    const swedishPage = await (
      await page
        .context()
        .browser()!
        .newContext({ storageState: stateFile('strateg'), locale: 'sv-SE' })
    ).newPage();
    await swedishPage.goto('/statistik');
    const swedish = await swedishPage
      .getByRole('table', { name: 'Har gått klart, per förvaltning och kön (tabell)' })
      .locator('tbody')
      .innerText();
    // Shares, counts and hidden cells in order, written the same way in both languages.
    const figures = (text: string) =>
      (
        text.match(/\d+\s?%|\(\d+ (?:av|of) \d+\)|dold – skyddar|dold – färre|hidden – protects|hidden – fewer/g) ?? []
      ).map((f) =>
        f
          .replace(/\s/g, '')
          .replace(/av|of/, '/')
          .replace(/dold–skyddar|hidden–protects/, 'protects')
          .replace(/dold–färre|hidden–fewer/, 'small'),
      );
    expect(figures(english).length).toBeGreaterThan(0);
    expect(figures(english)).toEqual(figures(swedish));

    // The reader's download, as their browser asks for it.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download as CSV: Has completed, by administration and sex' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('statistics-forvaltning.csv');
    const { readFileSync } = await import('node:fs');
    const csv = { text: async () => readFileSync((await file.path())!, 'utf8') };
    const [header] = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'Administration;Women: share %;Women: number;Women: of;Men: share %;Men: number;Men: of;Everyone: share %;Everyone: number;Everyone: of',
    );
  });
});
