// Guards the checklist's edges: two people saving one item at once (the second is told and keeps
// what they typed, nothing is lost), nobody reaches another organisation's checklist or exports,
// and the checklist pages pass axe.
import { expect, test } from '@playwright/test';
import { withDb, isPostgres } from './support/db';
import { expectNoAxeViolations, waitForSession } from './support/helpers';
import { createPerson, signIn } from './support/fixtures';
import { stateFile } from './support/personas';

const title = 'Organisationen lyfter fram förebilder som bryter mot stereotyper';

async function checklistOf(slug: string): Promise<string> {
  const sql = `SELECT c.id FROM "OrgChecklist" c JOIN "Organisation" o ON o.id = c."organisationId" WHERE o.slug = ${isPostgres ? '$1' : '?'} AND c."unitId" IS NULL`;
  const rows = await withDb((db) => db.query<{ id: string }>(sql, [slug]));
  return rows[0]!.id;
}

test('two people saving one item at once: the second is told, keeps their values and may save again', async ({
  browser,
}) => {
  test.slow();
  const [a, b] = await Promise.all([
    createPerson({ role: 'STRATEGIST', unit: 'HR-avdelningen' }),
    createPerson({ role: 'ADMIN', unit: 'HR-avdelningen' }),
  ]);
  const pageA = await (await browser.newContext()).newPage();
  const pageB = await (await browser.newContext()).newPage();
  await signIn(pageA, a);
  await signIn(pageB, b);
  for (const page of [pageA, pageB]) await page.goto('/checklista/a2-forebilder');

  await pageA.getByRole('radio', { name: 'Pågår' }).check();
  await pageA.getByLabel('Underlag', { exact: true }).fill('Reportageserie i personaltidningen.');
  await pageA.getByRole('button', { name: 'Spara punkten' }).click();
  await expect(pageA.getByRole('status').filter({ hasText: 'Punkten är sparad.' })).toBeVisible();

  await pageB.getByRole('radio', { name: 'Klar' }).check();
  await pageB.getByLabel('Underlag', { exact: true }).fill('Annonserna för hemtjänsten visar manliga undersköterskor.');
  await pageB.getByRole('button', { name: 'Spara punkten' }).click();
  await expect(
    pageB.getByRole('alert').filter({ hasText: 'Någon annan har sparat ändringar i punkten medan du arbetade.' }),
  ).toBeVisible();
  await expect(pageB.getByLabel('Underlag', { exact: true })).toHaveValue(
    'Annonserna för hemtjänsten visar manliga undersköterskor.',
  );
  await expect(pageB.getByRole('radio', { name: 'Klar' })).toBeChecked();
  await expect(pageB.getByRole('region', { name: 'Läget just nu' })).toContainText(
    'Reportageserie i personaltidningen.',
  );

  // Having seen the other change, B saves on purpose: both changes are in the history.
  await pageB.getByRole('button', { name: 'Spara punkten' }).click();
  await expect(pageB.getByRole('status').filter({ hasText: 'Punkten är sparad.' })).toBeVisible();
  const history = pageB.getByRole('region', { name: 'Historik' });
  await expect(history.getByRole('listitem').filter({ hasText: a.name })).toHaveCount(1);
  await expect(history).toContainText(`${b.name},`);
  await expect(history).toContainText('Status: Pågår → Klar');
  await expect(pageB.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test.describe('anonymous visitors', () => {
  test('are sent to sign-in, and the exports answer 401', async ({ page, request }) => {
    await page.goto('/checklista');
    await expect(page).toHaveURL(/\/logga-in\?callbackUrl=%2Fchecklista/);
    expect((await request.get('/checklista/handlingsplan.csv')).status()).toBe(401);
    expect((await request.get('/checklista/handlingsplan.pdf')).status()).toBe(401);
  });
});

test.describe('the other organisation', () => {
  test.use({ storageState: stateFile('norrvikAdmin') });

  test('sees its own checklist and never Sjöstad’s', async ({ page }) => {
    test.slow();
    await page.goto('/checklista');
    await expect(page.getByText('Region Norrvik.', { exact: false }).first()).toBeVisible();
    await expect(page.getByText('Sjöstads kommun')).toHaveCount(0);
    const sjostad = await checklistOf('sjostad');
    expect((await page.goto(`/checklista?lista=${sjostad}`))?.status()).toBe(404);
    expect((await page.goto(`/checklista/a1-handlingsplan?lista=${sjostad}`))?.status()).toBe(404);
    expect((await page.request.get(`/checklista/handlingsplan.csv?lista=${sjostad}`)).status()).toBe(404);
    expect((await page.request.get(`/checklista/handlingsplan.pdf?lista=${sjostad}`)).status()).toBe(404);
  });

  test('cannot edit the host organisation’s templates', async ({ page }) => {
    expect((await page.goto('/redaktion/checklistor'))?.status()).toBe(403);
  });
});

test('an unknown item is 404', async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: stateFile('medarbetare') })).newPage();
  expect((await page.goto('/checklista/finns-inte'))?.status()).toBe(404);
});

const pages: { path: string; as: 'strateg' | 'chef' | 'medarbetare'; open?: string }[] = [
  { path: '/checklista', as: 'strateg' },
  { path: '/checklista', as: 'medarbetare' },
  { path: '/checklista/a3-utbildningsplan', as: 'strateg' },
  { path: '/checklista/a3-chefsutbildning', as: 'chef' },
  { path: '/checklista/handlingsplan', as: 'medarbetare' },
  { path: '/redaktion/checklistor', as: 'strateg' },
  { path: '/redaktion/checklistor/cemr-artikel-6', as: 'strateg', open: 'Alla chefer har gått en grundutbildning' },
];

for (const entry of pages) {
  test(`${entry.path} as ${entry.as} has no WCAG 2.1 AA violations`, async ({ browser }) => {
    test.slow();
    const page = await (await browser.newContext({ storageState: stateFile(entry.as) })).newPage();
    await page.goto(entry.path);
    await waitForSession(page);
    if (entry.open) await page.locator('summary', { hasText: entry.open }).click();
    await expectNoAxeViolations(page);
  });
}
