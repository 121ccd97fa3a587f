// Issue 18, part 2: a manager moves a due date and withdraws an assignment, and assigns it again.
// Guards against a withdrawal without a reason, a due date in the past, a person who is not told,
// a withdrawn course still listed as due, and a withdrawal that cannot be undone.
import { expect, test } from '@playwright/test';
import { addDays, endOfStockholmDay, formatDay, stockholmDay } from '../../lib/dates';
import { loadCourses } from '../../lib/content/loader';
import { countAudit } from './support/db';
import { signIn } from './support/fixtures';
import { expectNoAxeViolations, waitForMail } from './support/helpers';
import { createTeam } from './support/team-fixtures';

const course = loadCourses().find((c) => c.slug === 'konsstereotyper')!;
const title = course.data.title;

test('a manager moves a due date, withdraws with a reason, and assigns again; the person is told each time', async ({
  page,
  browser,
}) => {
  test.slow();
  const { unit, manager, learner } = await createTeam();
  await signIn(page, manager);
  await page.goto('/chef/tilldela');
  await page.getByLabel('Kurs eller lärväg').selectOption({ label: title });
  await page.getByLabel(`${learner.name} (${unit.name})`).check();
  await page.getByRole('button', { name: 'Tilldela' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Kursen ${title} tilldelades ${learner.name}.` }),
  ).toBeVisible();

  await page.goto(`/chef/personer/${learner.id}`);
  await page.getByText(`${title}: ändra slutdatum eller återkalla`).click();
  const due = page.getByLabel('Nytt slutdatum');
  await due.fill(addDays(stockholmDay(new Date()), -1));
  await page.getByRole('button', { name: 'Spara slutdatum' }).click();
  await expect(page.getByText('Slutdatumet har redan passerat.').first()).toBeVisible();
  const later = addDays(stockholmDay(new Date()), 40);
  await page.getByLabel('Nytt slutdatum').fill(later);
  await page.getByRole('button', { name: 'Spara slutdatum' }).click();
  const newDue = formatDay(endOfStockholmDay(later));
  await expect(page.getByText(`Nytt slutdatum för kursen ${title} för ${learner.name}: ${newDue}.`)).toBeVisible();
  await waitForMail(learner.email, new RegExp(`Nytt slutdatum för ${title}`));
  await expectNoAxeViolations(page);

  const withdrawn = await countAudit('assignment.withdrawn');
  await page.goto(`/chef/personer/${learner.id}`);
  await page.getByText(`${title}: ändra slutdatum eller återkalla`).click();
  await page.getByRole('button', { name: 'Återkalla kursen' }).click();
  await expect(page.getByText('Skriv varför kursen återkallas.').first()).toBeVisible();
  expect(await countAudit('assignment.withdrawn')).toBe(withdrawn);
  await page.getByLabel('Skäl att återkalla (krävs)').fill('Vi går kursen tillsammans på APT i stället.');
  await page.getByRole('button', { name: 'Återkalla kursen' }).click();
  await expect(page.getByText(`Kursen ${title} är återkallad för ${learner.name}.`)).toBeVisible();
  await waitForMail(learner.email, new RegExp(`Kursen ${title} är inte längre tilldelad dig`));
  expect(await countAudit('assignment.withdrawn')).toBe(withdrawn + 1);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const mine = await context.newPage();
  await signIn(mine, learner);
  await mine.goto('/min-sida');
  const withdrawnList = mine.getByRole('region', { name: 'Återkallade kurser' });
  await expect(withdrawnList).toContainText(title);
  await expect(withdrawnList).toContainText('Skäl: Vi går kursen tillsammans på APT i stället.');
  await expect(mine.getByRole('region', { name: 'Mina kurser' }).getByText('Tilldelad · klar senast')).toHaveCount(0);
  await expectNoAxeViolations(mine);
  await context.close();

  await page.goto(`/chef/personer/${learner.id}`);
  await page.getByRole('link', { name: `Tilldela ${title} igen` }).click();
  await expect(page.getByLabel('Kurs eller lärväg')).toHaveValue(/.+/);
  await page.getByRole('button', { name: 'Tilldela' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Kursen ${title} tilldelades ${learner.name}.` }),
  ).toBeVisible();
});
