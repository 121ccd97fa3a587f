// The learner's side: following one's own path, completing a course with a failed and a passed
// knowledge check, the certificate, the data export, and idempotent lesson completion.
import { expect, test, type Page } from '@playwright/test';
import { loadCourses } from '../../lib/content/loader';
import { count } from './support/db';
import { expectNoAxeViolations, waitForMail } from './support/helpers';
import { createPerson, signIn } from './support/fixtures';

const course = loadCourses().find((c) => c.slug === 'konsuppdelad-statistik')!;

const quizQuestions = () => {
  const quiz = course.lessons.find((l) => l.data.kind === 'quiz')!;
  if (quiz.data.kind !== 'quiz') throw new Error('no quiz');
  return quiz.data.questions;
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Options are shuffled per attempt: they are chosen by their text, never by their place. */
const option = (page: Page, question: number, text: string) =>
  page
    .getByRole('group', { name: new RegExp(`^Fråga ${question + 1}:`) })
    .getByRole('radio', { name: new RegExp(`^${escape(text)}`) });

async function answerQuiz(page: Page, right: boolean) {
  for (const [i, q] of quizQuestions().entries()) {
    const correct = q.options.findIndex((o) => o.correct);
    const pick = right ? correct : (correct + 1) % q.options.length;
    await option(page, i, q.options[pick]!.text).check();
  }
  await page.getByRole('button', { name: /Skicka in/ }).click();
}

test('an employee follows their path, passes a course on the second try and gets the certificate', async ({ page }) => {
  test.slow();
  const learner = await createPerson({ unit: 'Förskolan Solrosen' });
  await signIn(page, learner);

  await page.goto('/larvagar');
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Lärväg för medarbetare');
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Din lärväg');

  await page.getByRole('link', { name: course.data.title }).first().click();
  await page.getByRole('link', { name: 'Börja kursen' }).click();

  for (const lesson of course.lessons) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.data.title);
    if (lesson.data.kind === 'reading') {
      await page.getByRole('button', { name: 'Markera som klar' }).click();
      await expect(page.getByText('Du har gjort klart den här lektionen.')).toBeVisible();
      // The button is gone: keyboard focus is on the message, not back at the top of the page.
      await expect(page.locator('main [tabindex="-1"]:has([role="status"])')).toBeFocused();
    } else if (lesson.data.kind === 'reflection') {
      await page.getByLabel(lesson.data.prompt).fill('I vår enhet räknar vi besök men delar inte upp dem på kön.');
      await page.getByRole('button', { name: 'Spara mitt svar' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Ditt svar är sparat. Bara du kan läsa det.' }),
      ).toBeVisible();
    } else if (lesson.data.kind === 'quiz') {
      // One answer only: the others are named and linked at the top, and the one given is kept.
      const first = quizQuestions()[0]!.options[0]!.text;
      await option(page, 0, first).check();
      await page.getByRole('button', { name: 'Skicka in svaren' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'Svara på alla frågor innan du skickar in.' });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: /^Fråga 2:/ })).toHaveAttribute('href', '#question-1');
      await expect(option(page, 0, first)).toBeChecked();
      await expect(page.getByRole('group', { name: /^Fråga 2:/ })).toContainText('Välj ett av svaren.');
      await expectNoAxeViolations(page);
      await answerQuiz(page, false);
      await expect(page.getByRole('alert').filter({ hasText: /Inte godkänd den här gången/ })).toBeVisible();
      await expect(page.getByText('Inte rätt.').first()).toBeVisible();
      await answerQuiz(page, true);
      await expect(
        page.getByRole('status').filter({ hasText: /Godkänd: \d av \d rätt\. Bra jobbat! Du har gått klart kursen/ }),
      ).toBeVisible();
      break;
    }
    await page.getByRole('link', { name: /^Nästa:/ }).click();
  }

  expect(await count('SELECT count(*) AS n FROM "QuizAttempt" WHERE "userId" = ?', [learner.id])).toBe(2);
  expect(await count('SELECT count(*) AS n FROM "CourseCompletion" WHERE "userId" = ?', [learner.id])).toBe(1);

  await page.goto('/min-sida');
  const done = page.getByRole('region', { name: 'Klara kurser och intyg' });
  await expect(done.getByRole('link', { name: course.data.title, exact: true })).toBeVisible();
  const download = page.waitForEvent('download');
  await done.getByRole('link', { name: /Ladda ner intyg/ }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/^intyg-JP-\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}\.pdf$/);

  const exported = await page.request.get('/min-sida/mina-uppgifter');
  expect(exported.headers()['content-type']).toContain('application/json');
  const data = await exported.json();
  expect(data.person.email).toBe(learner.email);
  expect(data.lessonProgress).toHaveLength(course.lessons.length);
  expect(data.courseCompletions).toEqual([expect.objectContaining({ course: course.data.title })]);
  expect(data.reflections[0].text).toContain('delar inte upp dem på kön');
});

test('two rapid completions of one lesson record one', async ({ page }) => {
  const learner = await createPerson();
  await signIn(page, learner);
  const first = course.lessons[0]!;
  await page.goto(`/kurser/${course.slug}/${first.slug}`);
  // Submit the same form twice without waiting, as a double click or a flaky network would.
  await page.locator('form:has(button:text("Markera som klar"))').evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(page.getByText('Du har gjort klart den här lektionen.')).toBeVisible();
  const sql =
    'SELECT count(*) AS n FROM "LessonProgress" p JOIN "Lesson" l ON l.id = p."lessonId" WHERE p."userId" = ? AND l.slug = ?';
  expect(await count(sql, [learner.id, first.slug])).toBe(1);
});

test('a politician signed in by e-mail link sees the politician path first', async ({ page }) => {
  const email = 'ersattare@sjostad.se';
  await page.goto('/logga-in');
  const form = page.getByRole('region', { name: 'Med en länk i e-post' });
  await form.getByLabel('E-postadress').fill(email);
  await form.getByRole('button', { name: 'Skicka inloggningslänk' }).click();
  // On a busy machine the mail can arrive before the page has moved on; following the link then
  // would be interrupted by that navigation.
  await expect(page).toHaveURL(/\/logga-in\/kolla-din-e-post/);
  const mail = await waitForMail(email, /inloggningslänk/);
  await page.goto(/(http:\/\/\S+\/api\/auth\/callback\/email\S+)/.exec(mail.text)![1]!);
  await expect(page.getByTestId('signed-in-user')).toHaveText('Ingrid Ersättare');
  await page.goto('/larvagar');
  const first = page.getByRole('heading', { level: 2 }).first();
  await expect(first).toContainText('Lärväg för förtroendevalda');
  await expect(first).toContainText('Din lärväg');
});

test('lessons need sign-in, and unknown courses are 404', async ({ page }) => {
  await page.goto(`/kurser/${course.slug}/${course.lessons[0]!.slug}`);
  await expect(page).toHaveURL(/\/logga-in\?callbackUrl=/);
  expect((await page.goto('/kurser/finns-inte'))?.status()).toBe(404);
  expect((await page.goto('/larvagar/okand'))?.status()).toBe(404);
});

test('an anonymous reader is told why a course asks for sign-in, and lands on its first lesson after it', async ({
  page,
}) => {
  const learner = await createPerson();
  await page.goto(`/kurser/${course.slug}`);
  await expect(page.getByText('För att gå den loggar du in med ditt konto från arbetet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Börja kursen', exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: 'Logga in och börja kursen' }).click();
  await expect(page).toHaveURL(/\/logga-in\?callbackUrl=/);
  const form = page.getByRole('region', { name: 'Med e-post och lösenord' });
  await form.getByLabel('E-postadress').fill(learner.email);
  await form.getByLabel('Lösenord').fill(learner.password);
  await form.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.lessons[0]!.data.title);
});

test('every learner page passes axe', async ({ page }) => {
  test.setTimeout(120_000); // a dozen pages with axe each: slow on a loaded 2-core machine
  const learner = await createPerson();
  await signIn(page, learner);
  const video = loadCourses().flatMap((c) =>
    c.lessons.filter((l) => l.data.kind === 'video').map((l) => `/kurser/${c.slug}/${l.slug}`),
  )[0]!;
  const paths = [
    '/larvagar',
    '/larvagar/chef',
    `/kurser/${course.slug}`,
    video,
    ...course.lessons.map((l) => `/kurser/${course.slug}/${l.slug}`),
    '/min-sida',
  ];
  for (const path of paths) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});
