// Rules and the scheduled job, end to end: a manager's rule reaches the people in the unit now,
// removing it keeps what was assigned; the reminder job (as cron runs it) sends the overdue
// reminder and the manager's digest, whose link stops the digest without signing in.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import config from '../../playwright.config';
import { loadCourses } from '../../lib/content/loader';
import { count, isPostgres, withDb } from './support/db';
import { signIn } from './support/fixtures';
import { expectNoAxeViolations, waitForMail } from './support/helpers';
import { createTeam, insertAssignment } from './support/team-fixtures';

const course = loadCourses().find((c) => c.slug === 'cemr-deklarationen')!;

test('a manager’s rule gives the unit’s people the course now, and removing it keeps their assignment', async ({
  page,
}) => {
  const { unit, manager, learner } = await createTeam();
  await signIn(page, manager);
  await page.goto('/chef/regler');
  await page.getByLabel('Kurs eller lärväg').selectOption({ label: course.data.title });
  await page.getByLabel('Enhet', { exact: true }).selectOption({ label: unit.name });
  await page.getByLabel('Antal dagar att bli klar på').fill('21');
  await page.getByRole('button', { name: 'Spara regeln' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Regeln är sparad. 1 person fick kursen nu' })).toBeVisible();
  const mail = await waitForMail(learner.email, new RegExp(`Du har fått kursen ${course.data.title}`));
  expect(mail.text).toContain('som alla i din grupp ska gå');

  const rules = page.getByRole('table', { name: /(regel|regler) gäller nu/ });
  const row = rules.getByRole('row').filter({ hasText: unit.name });
  await expect(row).toContainText(course.data.title);
  await expect(row).toContainText('21 dagar');
  await expectNoAxeViolations(page);
  await row.getByRole('button', { name: /Ta bort/ }).click();
  await expect(rules.getByText(unit.name)).toHaveCount(0);
  expect(
    await count('SELECT count(*) AS n FROM "Assignment" WHERE "userId" = ? AND source = ?', [learner.id, 'RULE']),
  ).toBe(1);
});

test('the reminder job reminds the learner of an overdue course and sends the manager a digest that can be stopped', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { manager, learner } = await createTeam();
  await insertAssignment({ userId: learner.id, courseSlug: course.slug, dueAt: new Date(Date.now() - 2 * 86_400_000) });
  const server = [config.webServer].flat().find((s) => s?.env?.DATABASE_URL)!;
  const run = () =>
    execFileSync('npx', ['tsx', '--conditions=react-server', 'scripts/reminders.ts'], {
      env: { ...process.env, ...server.env },
      encoding: 'utf8',
    });
  expect(run()).toMatch(/Veckosammanfattningar till chefer: [1-9]\d* nya\./);

  const overdue = await waitForMail(learner.email, new RegExp(`Försenad kurs: ${course.data.title}`));
  expect(overdue.text).toContain(`/kurser/${course.slug}`);
  const digest = await waitForMail(manager.email, /^Veckosammanfattning: 1 försenad kurs/);
  expect(digest.text).toContain(learner.name);
  // A second run, as a cron that fires twice would: nothing new for anyone.
  expect(run()).toMatch(/före slutdatum: 0 nya\.\n.*försenade kurser: 0 nya\.\n.*till chefer: 0 nya\./);
  expect(
    await count('SELECT count(*) AS n FROM "OutboxMail" WHERE "to" = ? AND kind = ?', [
      learner.email,
      'reminder-after',
    ]),
  ).toBe(1);

  const link = /(http:\/\/\S+\/e-post\/sammanfattning\?\S+)/.exec(digest.text)![1]!;
  await page.goto(link);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sluta skicka veckosammanfattningen till mig' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Du får inte längre veckosammanfattningen.' })).toBeVisible();
  const optedOut = await withDb((db) =>
    db.query<{ v: unknown }>(
      `SELECT "digestOptOut" AS v FROM "MailPreference" WHERE "userId" = ${isPostgres ? '$1' : '?'}`,
      [manager.id],
    ),
  );
  expect([true, 1]).toContain(optedOut[0]?.v);

  await page.goto(link.replace(/token=[^&]+/, 'token=fel'));
  await page.getByRole('button', { name: 'Sluta skicka veckosammanfattningen till mig' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Länken fungerar inte.' })).toBeVisible();
});
