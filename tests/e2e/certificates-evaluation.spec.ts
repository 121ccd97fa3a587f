// Issue 18, parts 6–7 and the learner's mail setting: a certificate anyone can verify until an
// administrator revokes it, an anonymous course evaluation, and a learner turning off mail about
// their own courses. Guards against a verification page that tells more than name, course, date
// and organisation (or the reason for a revocation), a revocation without a reason, an evaluation
// before the course is done or twice, and figures from fewer than five evaluations.
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { count, countAudit, isPostgres } from './support/db';
import { createPerson, signIn } from './support/fixtures';
import { expectNoAxeViolations } from './support/helpers';
import { stateFile } from './support/personas';
import { insertCompletion } from './support/team-fixtures';

const verify = async (page: Page, certificateNo: string) => page.goto(`/intyg/${encodeURIComponent(certificateNo)}`);

test.describe('a certificate', () => {
  test.use({ storageState: stateFile('admin') });

  test('is confirmed to anyone with its code until an administrator revokes it with a reason', async ({
    page,
    browser,
  }) => {
    const person = await createPerson({ unit: 'Förskolan Solrosen', name: `Intyg ${randomBytes(3).toString('hex')}` });
    const { certificateNo } = await insertCompletion(person.id, 'konsstereotyper');
    const anonymous = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    expect((await verify(anonymous, certificateNo))?.status()).toBe(200);
    await expect(anonymous.getByRole('heading', { level: 1, name: 'Intyget gäller' })).toBeVisible();
    await expect(anonymous.locator('main')).toContainText(person.name);
    await expect(anonymous.locator('main')).toContainText('Sjöstads kommun');
    await expect(anonymous.locator('main')).not.toContainText(person.email);
    await expectNoAxeViolations(anonymous);
    expect((await verify(anonymous, 'JP-2026-AAAAA-BBBBB'))?.status()).toBe(404);

    const revoked = await countAudit('certificate.revoked');
    await page.goto(`/admin/personer/${person.id}`);
    await page.getByText('Återkalla intyget').first().click();
    await page.getByRole('button', { name: 'Återkalla intyget', exact: true }).click();
    await expect(page.getByText(/Skriv (varför|ett skäl)/).first()).toBeVisible();
    await page.getByLabel('Skäl (krävs)').fill('Intyget skrevs ut av misstag.');
    await page.getByRole('button', { name: 'Återkalla intyget', exact: true }).click();
    await expect(page.getByText(/är återkallat\. Den som kontrollerar koden får veta det\./)).toBeVisible();
    expect(await countAudit('certificate.revoked')).toBe(revoked + 1);

    await verify(anonymous, certificateNo);
    await expect(anonymous.getByRole('heading', { level: 1, name: 'Intyget är återkallat' })).toBeVisible();
    await expect(anonymous.locator('main')).not.toContainText('av misstag');
    await anonymous.context().close();
  });
});

// The web page is the accessible alternative to the certificate PDF (the accessibility statement
// says so): the learner reaches it from Min sida, it passes axe and links to the PDF.
test('a learner reads their certificate as a web page, one click from the PDF', async ({ browser }) => {
  const person = await createPerson({
    unit: 'Förskolan Solrosen',
    name: `Intygsläsare ${randomBytes(3).toString('hex')}`,
  });
  const { certificateNo, courseId: course } = await insertCompletion(person.id, 'konsstereotyper');
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await signIn(page, person);
  await page.goto('/min-sida');
  await page
    .getByRole('link', { name: /^Intyget som webbsida/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/min-sida/intyg/${course}/visa$`));
  await expect(page.locator('main')).toContainText(person.name);
  await expect(page.locator('main')).toContainText(certificateNo);
  await expect(page.locator(`main a[href="/min-sida/intyg/${course}"]`)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a course evaluation is anonymous, once per person, and editors see figures only from five answers', async ({
  page,
  browser,
}) => {
  const person = await createPerson({ unit: 'Förskolan Solrosen' });
  const { courseId: course } = await insertCompletion(person.id, 'konsuppdelad-statistik');
  await signIn(page, person);
  await page.goto('/kurser/konsuppdelad-statistik');
  const section = page.getByRole('region', { name: 'Utvärdera kursen' });
  await section.getByRole('button', { name: 'Skicka utvärderingen' }).click();
  await expect(section.getByText('Välj ett av svaren från 1 till 5.').first()).toBeVisible();
  await section.getByLabel(/^4 – /).check();
  await section.getByLabel('Vill du säga något mer om kursen? (frivilligt)').fill('Bra exempel från förskolan.');
  await section.getByRole('button', { name: 'Skicka utvärderingen' }).click();
  // The form gives way to the thank-you once the answer is saved.
  await expect(section.getByRole('status')).toHaveText('Du har utvärderat kursen. Tack för ditt svar!');
  expect(await count(`SELECT COUNT(*) AS n FROM "CourseEvaluationMark" WHERE "userId" = ?`, [person.id])).toBe(1);
  await expectNoAxeViolations(page);

  const editor = await (await browser.newContext({ storageState: stateFile('strateg') })).newPage();
  await editor.goto(`/redaktion/kurser/${course}/utvardering`);
  const answers = await count(`SELECT COUNT(*) AS n FROM "CourseEvaluation" WHERE "courseId" = ?`, [course]);
  if (answers < 5) await expect(editor.getByText('För få svar för att visa, minst 5').first()).toBeVisible();
  await expect(editor.locator('main')).not.toContainText(person.name);
  await expectNoAxeViolations(editor);
  await editor.context().close();
});

test('a learner turns off mail about their own courses on the account page', async ({ page }) => {
  const person = await createPerson({ unit: 'Förskolan Solrosen' });
  await signIn(page, person);
  await page.goto('/konto');
  await page.getByLabel('Skicka e-post om mina kurser').uncheck();
  await page.getByRole('button', { name: 'Spara inställningen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sparat.' })).toBeVisible();
  expect(
    await count(`SELECT COUNT(*) AS n FROM "MailPreference" WHERE "userId" = ? AND "assignmentMailOptOut" = ?`, [
      person.id,
      isPostgres ? true : 1,
    ]),
  ).toBe(1);
  await page.reload();
  await expect(page.getByLabel('Skicka e-post om mina kurser')).not.toBeChecked();
});
