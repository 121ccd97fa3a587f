// Issue 16 A: a manager runs a course at an APT for staff who never sign in. Guards against
// attendance that does not count: the lessons covered must be completed for those present (not
// for the one who was away) and show in the team view and the statistics; the calendar file must
// carry Stockholm time; the discussion guide must exist as a page and a PDF.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { addDays, stockholmDay } from '../../lib/dates';
import { pdfText } from '../support/pdf-text';
import { isPostgres, withDb } from './support/db';
import { createPerson, signIn } from './support/fixtures';
import { expectNoAxeViolations, expectNoSidewaysScroll, waitForMail } from './support/helpers';
import { stateFile } from './support/personas';
import { createStaff, createTopUnit, dbDate, insertAssignment } from './support/team-fixtures';

const p = (n: number) => (isPostgres ? `$${n}` : '?');

/**
 * A workplace of its own at the top of the tree, with its own manager: its 5 women and 5 men are
 * protection blocks of their own (no leftover from a unit above joins them), so its figures show.
 */
async function createWorkplace(tag: string) {
  const { id, name } = await createTopUnit(`Förskolan Blåklinten ${tag}`);
  const manager = await createPerson({
    unit: name,
    role: 'MANAGER',
    audience: 'MANAGER',
    name: `Chef Blåklinten ${tag}`,
  });
  await withDb((db) =>
    db.query(`INSERT INTO "UnitManager" ("userId", "unitId", "createdAt") VALUES (${p(1)}, ${p(2)}, ${p(3)})`, [
      manager.id,
      id,
      dbDate(new Date()),
    ]),
  );
  return { unit: { id, name }, manager };
}

test('a manager plans an APT on the stereotypes course, records attendance with one exception, and the figures follow', async ({
  page,
  browser,
}) => {
  test.slow();
  const tag = randomBytes(3).toString('hex');
  const { unit, manager } = await createWorkplace(tag);
  const people = await createStaff({
    unit: unit.name,
    women: 5,
    men: 5,
    name: (gender, i) => `${gender === 'MAN' ? 'Ali' : 'Lisa'} Träff${i} ${tag}`,
  });
  for (const person of people)
    await insertAssignment({
      userId: person.id,
      courseSlug: 'konsstereotyper',
      dueAt: new Date(Date.now() + 30 * 86_400_000),
    });
  const absent = people[0]!;
  // One woman and one man in care-like work have no e-mail address and never sign in: they are
  // people from the HR register (employee number only), counted through the session alone.
  const withoutAddress = [people[2]!, people[7]!];
  for (const [i, person] of withoutAddress.entries()) {
    await withDb((db) =>
      db.query(`UPDATE "User" SET email = NULL, "employeeNumber" = ${p(1)} WHERE id = ${p(2)}`, [
        `E2E-${tag}-${i}`,
        person.id,
      ]),
    );
  }

  await signIn(page, manager);
  await page.goto('/chef/traffar');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Planera en gruppträff' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planera en gruppträff');
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  // Bad input first: no unit, no place, a day that has passed; nothing is saved.
  await page.getByLabel('Datum').fill('2020-01-01');
  await page.getByLabel('Starttid').fill('13:30');
  await page.getByRole('button', { name: 'Planera träffen och skicka inbjudan' }).click();
  await expect(page.getByText('Välj minst en enhet som ska bjudas in.')).toBeVisible();
  await expect(page.getByText('Skriv var ni ses, eller markera att träffen är digital.')).toBeVisible();

  const day = addDays(stockholmDay(new Date()), 7);
  await page.getByLabel(unit.name).check();
  await page.getByLabel('Datum').fill(day);
  await page.getByLabel('Plats', { exact: true }).fill('Personalrummet, Blåklinten');
  await page.getByLabel('Kurs', { exact: true }).selectOption({ label: 'Känn igen och motverka könsstereotyper' });
  await page.getByRole('button', { name: 'Planera träffen och skicka inbjudan' }).click();
  // The ten and their manager, who sits in the unit too; the two without an address get no mail.
  await expect(page.getByText('Träffen är planerad. 11 personer är inbjudna, och 9 av dem')).toBeVisible();
  const sessionId = new URL(page.url()).pathname.split('/').pop()!;
  const mail = await waitForMail(people[5]!.email, /Inbjudan/);
  expect(mail.text).toContain('Personalrummet, Blåklinten');
  expect(mail.text).toContain(`/traffar/${sessionId}/kalender.ics`);
  await expectNoAxeViolations(page);

  // The invitation's calendar link works without signing in (many staff never do), for that person only.
  const link = /https?:\/\/\S+\/kalender\.ics\?\S+/.exec(mail.text)![0];
  const anonymous = await browser.newContext();
  const signed = await anonymous.request.get(new URL(link).pathname + new URL(link).search);
  expect(signed.status()).toBe(200);
  expect(signed.headers()['content-type']).toContain('text/calendar');
  const tampered = new URL(link);
  tampered.searchParams.set('person', people[1]!.id);
  expect((await anonymous.request.get(tampered.pathname + tampered.search)).status()).toBe(401);
  await anonymous.close();

  // Someone who is not invited, in the organisation or outside it, is told it does not exist;
  // another unit's manager cannot open the session's pages.
  const demoChef = await browser.newContext({ storageState: stateFile('chef') });
  for (const path of [`/chef/traffar/${sessionId}`, `/chef/traffar/${sessionId}/anslag`])
    expect((await demoChef.request.get(path)).status()).toBe(404);
  await demoChef.close();
  for (const persona of ['medarbetare', 'norrvikAdmin'] as const) {
    const other = await browser.newContext({ storageState: stateFile(persona) });
    expect((await other.request.get(`/traffar/${sessionId}/kalender.ics`)).status()).toBe(404);
    await other.close();
  }

  // The calendar file: Stockholm time, the session's id as UID.
  const ics = page.waitForEvent('download');
  await page.getByRole('link', { name: /Lägg in i kalendern/ }).click();
  const file = await readFile((await (await ics).path())!, 'utf8');
  expect(file).toContain(`DTSTART;TZID=Europe/Stockholm:${day.replace(/-/g, '')}T133000`);
  expect(file).toMatch(new RegExp(`UID:${sessionId}@`));

  // The notice for the staff room, and the discussion guide with its PDF.
  await page.getByRole('link', { name: 'Anslag att skriva ut till personalrummet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Arbetsplatsträff (APT): Känn igen och motverka könsstereotyper',
  );
  await expectNoAxeViolations(page);
  await page.goBack();
  await page.getByRole('link', { name: 'Samtalsguide för träffen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Samtalsguide');
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  const pdf = await page.request.get('/kurser/konsstereotyper/samtalsguide.pdf');
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const text = (await pdfText(await pdf.body())).join('\n');
  expect(text).toContain('Samtalsguide');
  expect(text).toContain('/kurser/konsstereotyper');

  // The meeting has been held.
  await withDb((db) =>
    db.query(`UPDATE "GroupSession" SET "startsAt" = ${p(1)} WHERE id = ${p(2)}`, [
      dbDate(new Date(Date.now() - 3_600_000)),
      sessionId,
    ]),
  );
  await page.goto(`/chef/traffar/${sessionId}`);
  const present = page.getByRole('group', { name: /Närvarande/ });
  for (const person of people) await expect(present.getByLabel(new RegExp(person.name))).toBeChecked();
  for (const person of withoutAddress)
    await expect(present.getByLabel(new RegExp(`${person.name}.*ingen e-post`))).toBeChecked();
  // The manager leads the meeting; only the staff are counted here.
  await present.getByLabel(new RegExp(manager.name)).uncheck();
  await present.getByLabel(new RegExp(absent.name)).uncheck();
  await page.getByLabel('Gruppens anteckningar (valfritt)').fill('Vi vill se över bilderna i vårt föräldrabrev.');
  await page.getByRole('button', { name: 'Spara närvaron' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Närvaron är sparad: 9 närvarande' })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);

  // The team view: done for those present, not for the one away.
  await page.goto(`/chef?enhet=${unit.id}`);
  const team = page.getByRole('table');
  await expect(team.getByRole('row', { name: new RegExp(people[1]!.name) })).toContainText('Klar');
  await expect(team.getByRole('row', { name: new RegExp(absent.name) })).not.toContainText('Klar');
  for (const person of withoutAddress)
    await expect(team.getByRole('row', { name: new RegExp(person.name) })).toContainText('Klar');

  // The statistics: 4 of 5 women and 5 of 5 men in the unit completed the course (the two without
  // an address among them).
  await page.goto(`/statistik?kurs=konsstereotyper&enhet=${unit.id}`);
  const average = page
    .getByRole('table', { name: /Har gått klart/ })
    .first()
    .getByRole('row', { name: /^Genomsnitt för urvalet/ });
  await expect(average.getByRole('cell').nth(0)).toHaveText(/80\s?%\s\(4 av 5\)/);
  await expect(average.getByRole('cell').nth(1)).toHaveText(/100\s?%\s\(5 av 5\)/);
  const audit = await withDb((db) =>
    db.query<{ n: number }>(
      `SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action = 'session.attendance' AND "entityId" = ${p(1)}`,
      [sessionId],
    ),
  );
  expect(Number(audit[0]!.n)).toBe(1);
});

test('a manager cancels a planned session: the invited are told, and the calendar file cancels the event', async ({
  page,
}) => {
  const tag = randomBytes(3).toString('hex');
  const { unit, manager } = await createWorkplace(tag);
  const staff = await createPerson({ unit: unit.name, name: `Inställd Person ${tag}` });
  await signIn(page, manager);
  await page.goto('/chef/traffar/ny');
  await page.getByLabel(unit.name).check();
  await page.getByLabel('Datum').fill(addDays(stockholmDay(new Date()), 14));
  await page.getByLabel('Starttid').fill('09:00');
  await page.getByLabel('Plats', { exact: true }).fill('Konferensrummet');
  await page.getByLabel('Kurs', { exact: true }).selectOption({ label: 'Känn igen och motverka könsstereotyper' });
  await page.getByRole('button', { name: 'Planera träffen och skicka inbjudan' }).click();
  await expect(page.getByText('Träffen är planerad.')).toBeVisible();
  const sessionId = new URL(page.url()).pathname.split('/').pop()!;

  // Markup in the message is refused and nothing is cancelled; the text typed stays.
  const message = page.getByLabel('Meddelande till de inbjudna (valfritt)');
  await message.fill('<script>x</script>');
  await page.getByRole('button', { name: 'Ställ in träffen' }).click();
  await expect(page.getByText('Skriv vanlig text utan HTML-taggar')).toBeVisible();
  await expect(message).toHaveValue('<script>x</script>');
  await message.fill('Vi tar kursen på nästa APT i stället.');
  await page.getByRole('button', { name: 'Ställ in träffen' }).click();
  await expect(page).toHaveURL(/\/chef\/traffar\?installd=\d+$/);
  await expect(page.getByText(/Träffen är inställd\. \d+ inbjudna har fått besked/)).toBeVisible();
  // After the action's redirect the title follows the new page a moment later.
  await expect(page).toHaveTitle(/Gruppträffar/);
  await expectNoAxeViolations(page);
  expect((await page.request.get(`/chef/traffar/${sessionId}`)).status()).toBe(404);

  const mail = await waitForMail(staff.email, /Inställd/);
  expect(mail.text).toContain('Vi tar kursen på nästa APT i stället.');
  const link = /https?:\/\/\S+\/kalender\.ics\?\S+/.exec(mail.text)![0];
  const ics = await (await page.request.get(new URL(link).pathname + new URL(link).search)).text();
  expect(ics).toContain('METHOD:CANCEL');
  expect(ics).toContain('STATUS:CANCELLED');
  expect(ics).toContain('SEQUENCE:1');
});

test.describe('an employee', () => {
  test.use({ storageState: stateFile('medarbetare') });

  test('gets 403 from the sessions pages', async ({ page }) => {
    for (const path of ['/chef/traffar', '/chef/traffar/ny']) expect((await page.goto(path))?.status()).toBe(403);
    expect((await page.request.get('/traffar/finns-inte/kalender.ics')).status()).toBe(404);
  });
});
