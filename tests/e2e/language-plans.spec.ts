// Competence plans in English (issue 21): a strategist reading English makes an administration's
// plan (refused in English first, nothing saved), reads it and its follow-up with English words,
// numbers and course titles and the same protected figures, and gets the PDF in English. A
// politician reading English finds the plans from their learning path.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { loadCourses } from '../../lib/content/loader';
import { pdfText } from '../support/pdf-text';
import { count } from './support/db';
import { createPerson } from './support/fixtures';
import { expectNoAxeViolations } from './support/helpers';
import { expectEnglishPage, signInInEnglish } from './support/languages';
import { stateFile } from './support/personas';
import { complete, createAdministration } from './support/plan-fixtures';

test.use({ locale: 'en-GB' });

const year = String(new Date().getFullYear());
const intro = loadCourses().find((c) => c.slug === 'introduktion-jamstalldhetsintegrering')!.translations.en!.title;

test('a strategist makes and follows a competence plan in English', async ({ page }) => {
  test.slow();
  const tag = randomBytes(3).toString('hex');
  const admin = await createAdministration(tag);
  const strategist = await createPerson({
    role: 'STRATEGIST',
    audience: 'STRATEGIST',
    unit: 'Kommunledningsförvaltningen',
    name: `Pat Planner ${tag}`,
  });
  await signInInEnglish(page, strategist);
  await page.goto('/kompetensplaner');
  await expect(page).toHaveTitle(/^Competence plans/);
  await expect(page.getByRole('table', { name: `Competence plans ${year} by administration` })).toBeVisible();
  await expectEnglishPage(page, { data: ['Kommunikation'] });
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: `Make a plan for ${admin.name}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New competence plan');

  const plans = () => count(`SELECT COUNT(*) AS n FROM "CompetencePlan" WHERE "unitId" = ?`, [admin.id]);
  const fill = async (target: string, budget: string) => {
    await page.getByLabel('Year', { exact: true }).fill(year);
    await page.getByLabel('Hours per employee and year').fill('4.5');
    await page.getByLabel('Budget in kronor').fill(budget);
    await page.getByLabel('Date of the decision').fill(`${year}-03-14`);
    await page.getByLabel('The decision’s reference number or section').fill(`KS ${year}-03-14 § 45`);
    const goal = page.getByRole('group', { name: 'Goal 1', exact: true });
    // The course by its English title.
    await goal.getByLabel('Goal 1: course').selectOption({ label: intro });
    await goal.getByLabel('Target group').selectOption({ label: 'Everyone in the administration' });
    await goal.getByLabel('Goal in per cent').fill(target);
    const activity = page.getByRole('group', { name: 'Activity 1', exact: true });
    await activity.getByLabel('Activity 1: what').fill('Basic course at the workplace meeting');
    await activity.getByLabel('Kind').selectOption({ label: 'Group session' });
    await activity.getByLabel('Month').selectOption({ label: 'April' });
  };
  if (await page.getByLabel('Administration').isVisible())
    await page.getByLabel('Administration').selectOption({ label: admin.name });
  await fill('120', '-5');
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await expect(page.getByText('The goal cannot be over 100%.').first()).toBeVisible();
  await expect(page.getByText('The budget cannot be negative.').first()).toBeVisible();
  expect(await plans()).toBe(0);
  await expectEnglishPage(page, { data: ['Kommunikation'] });
  await expectNoAxeViolations(page);

  await fill('60', '250 000');
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await expect(page).toHaveURL(/\/kompetensplaner\/[^/?]+\?skapad=1$/);
  await expect(page.getByText('The plan is saved.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Competence plan ${year}: ${admin.name}`);
  await expect(page.getByText('4.5 hours during')).toBeVisible();
  await expect(page.getByText('250,000 kronor')).toBeVisible();
  await expect(
    page.getByText(`60% of everyone in the administration have completed the course ${intro}`),
  ).toBeVisible();
  await expect(page.getByText('Basic course at the workplace meeting (group session, April)')).toBeVisible();
  const planUrl = page.url().split('?')[0]!;
  expect(await plans()).toBe(1);

  // The follow-up in English, with the same protected figures as the Swedish page shows.
  const goals = page.getByRole('table', { name: 'Goals: share who have completed the course' });
  const women = admin.people.filter((x) => x.gender === 'KVINNA').map((x) => x.id);
  const men = admin.people.filter((x) => x.gender === 'MAN').map((x) => x.id);
  await complete([...women.slice(0, 3), ...men.slice(0, 2)], 'introduktion-jamstalldhetsintegrering');
  await expect(async () => {
    await page.goto(planUrl);
    await expect(goals).toContainText('60% (3 of 5)');
    await expect(goals).toContainText('40% (2 of 5)');
    await expect(goals).toContainText('50% (5 of 10)');
  }).toPass({ timeout: 90_000, intervals: [2_000, 5_000] });
  await expect(goals.getByRole('columnheader')).toHaveText(['Goals', 'Women', 'Men', 'Everyone', 'Status']);
  await expectEnglishPage(page);
  await expectNoAxeViolations(page);

  // The PDF, as an English browser asks for it.
  const pdf = await page.request.get(`${planUrl}/pdf`, { headers: { 'accept-language': 'en-GB' } });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-disposition']).toContain('filename="competence-plan-');
  const text = (await pdfText(await pdf.body())).join('\n');
  expect(text).toContain(`Competence plan ${year} – ${admin.name}`);
  expect(text).toContain('Budget: 250,000 kronor');
  expect(text).toContain('Women: 60% (3 of 5)');
  expect(text).toContain('Men: 40% (2 of 5)');
  expect(text).not.toMatch(/Kvinnor|Beslutade resurser|Uppföljning/);

  await page.goto(`${planUrl}/andra`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Change competence plan ${year}`);
  await expect(page.getByLabel('Hours per employee and year')).toHaveValue('4.5');
  await expectEnglishPage(page, { data: ['Kommunikation'] });
  await expectNoAxeViolations(page);
});

test.describe('a politician reading English', () => {
  test.use({ storageState: stateFile('politiker') });

  test('finds the plans from the learning path', async ({ page }) => {
    await page.goto('/larvagar/politiker');
    await expect(page.getByRole('heading', { name: 'Follow up your decisions' })).toBeVisible();
    await page.getByRole('link', { name: 'See the competence plans' }).click();
    await expect(page).toHaveTitle(/^Competence plans/);
    await expectEnglishPage(page);
  });
});
