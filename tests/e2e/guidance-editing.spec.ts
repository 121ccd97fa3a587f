// The editorial workflow end to end: a strategist writes, previews and publishes; readers never see
// a draft; a save over someone else's newer save is refused and keeps the text; history, restore,
// rename (old address redirects), unpublish and delete. Every test creates its own pages.
import { expect, test, type Page } from '@playwright/test';
import { auditActions, revisionBodies } from './support/guide-db';
import { createDraft } from './support/guide-editor';
import { stateFile } from './support/personas';

test.use({ storageState: stateFile('strateg') });

// Whole workflows in one test: give them room on a busy machine.
test.describe.configure({ timeout: 90_000 });

const unique = (name: string) => `e2e-${name}-${Date.now().toString(36)}`;
const body = (page: Page) => page.getByLabel('Text', { exact: true });
const saved = (page: Page, text: string | RegExp) =>
  expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();

test('a strategist writes, previews and publishes; readers see only what is published', async ({ page, browser }) => {
  const slug = unique('publicera');
  await createDraft(page, {
    slug,
    title: 'Provsida om normer',
    body: '## Första rubriken\n\nUtkasttext som ingen läsare ska se.',
  });
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/vagledning/${slug}`))?.status()).toBe(404);
  await reader.goto('/vagledning?q=provsida');
  await expect(reader.getByRole('link', { name: 'Provsida om normer' })).toHaveCount(0);

  await body(page).fill('## Första rubriken\n\nPublicerad text om **normer**.\n\n## Andra rubriken\n\nMer text.');
  const preview = page.getByTestId('live-preview');
  await expect(preview.getByRole('heading', { name: 'Andra rubriken' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('normer');
  await page.getByLabel('Vad har du ändrat? (valfritt)').fill('Skrev klart texten');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await saved(page, 'Utkastet är sparat som version 2');
  // The status box follows the save without a reload.
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('Version 2');

  await page.getByRole('link', { name: 'Förhandsvisa och publicera' }).click();
  await expect(page).toHaveURL(/\/forhandsvisning$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Provsida om normer', exact: true })).toBeVisible();
  await expect(page.getByText('Publicerad text om')).toBeVisible();
  expect((await reader.goto(`/vagledning/${slug}`))?.status()).toBe(404);
  await page.getByRole('button', { name: 'Publicera version 2' }).click();
  await expect(page.getByText('Sidan är publicerad. Läsarna ser den nu.')).toBeVisible();
  await expect(page.getByTestId('guide-status')).toContainText('läsarna ser version 2');

  expect((await reader.goto(`/vagledning/${slug}`))?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1, name: 'Provsida om normer' })).toBeVisible();
  await expect(reader.getByText('Publicerad text om')).toBeVisible();
  await expect(
    reader.getByRole('navigation', { name: 'Innehåll på sidan' }).first().getByRole('link', { name: 'Andra rubriken' }),
  ).toBeAttached();
  await reader.goto('/vagledning?q=provsida');
  await expect(reader.getByRole('link', { name: 'Provsida om normer' })).toBeVisible();

  // A later draft stays invisible until it is published too.
  await page.goto(page.url().replace(/\/forhandsvisning.*$/, ''));
  await body(page).fill('## Första rubriken\n\nEn ny formulering som bara är ett utkast.');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await saved(page, 'version 3');
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('Version 3, ');
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('(inte publicerad än)');
  await reader.reload();
  await reader.goto(`/vagledning/${slug}`);
  await expect(reader.getByText('Publicerad text om')).toBeVisible();
  await expect(reader.getByText('bara är ett utkast')).toHaveCount(0);
  expect(await auditActions(slug)).toEqual(['guide.publish']);
});

test('a save over someone else’s newer save is refused, and the text is kept', async ({ page, browser }) => {
  const slug = unique('samtidigt');
  const editorUrl = await createDraft(page, { slug, title: 'Två redaktörer', body: 'Texten från början.' });
  const other = await (await browser.newContext({ storageState: stateFile('admin') })).newPage();
  await other.goto(editorUrl);

  await body(page).fill('Samirs version av texten.');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await saved(page, 'version 2');

  await body(other).fill('Åsas version, som inte får försvinna.');
  await other.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(
    other.getByRole('alert').filter({ hasText: 'Någon annan har sparat sidan medan du redigerade' }),
  ).toBeVisible();
  await expect(body(other)).toHaveValue('Åsas version, som inte får försvinna.');
  const conflict = other.getByRole('region', { name: 'Sidan har ändrats medan du skrev' });
  await expect(conflict).toContainText('Samir Strateg');
  await expect(conflict.locator('ins', { hasText: 'Åsas' })).toBeVisible();
  await expect(conflict.locator('del', { hasText: 'Samirs' })).toBeVisible();
  expect(await revisionBodies(slug)).toEqual(['Texten från början.', 'Samirs version av texten.']);

  await conflict.getByRole('button', { name: 'Spara min version ändå' }).click();
  await saved(other, 'version 3');
  expect(await revisionBodies(slug)).toEqual([
    'Texten från början.',
    'Samirs version av texten.',
    'Åsas version, som inte får försvinna.',
  ]);
});

test('the history shows what changed, and an old version can be restored as a new one', async ({ page }) => {
  const slug = unique('historik');
  const editorUrl = await createDraft(page, { slug, title: 'Sida med historik', body: 'Kommunen har en plan.' });
  await body(page).fill('Kommunen har en ny plan för jämställdhet.');
  await page.getByLabel('Vad har du ändrat? (valfritt)').fill('Uppdaterade planen');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await saved(page, 'version 2');

  await page.goto(`${editorUrl}/historik`);
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('Uppdaterade planen');
  await expect(table).toContainText('Samir Strateg');
  await table.getByRole('link', { name: 'Version 2' }).click();
  await expect(page.locator('ins').filter({ hasText: 'ny' }).first()).toBeVisible();
  await expect(page.locator('ins').first()).toContainText('Tillagt');

  await page.goto(`${editorUrl}/historik/1`);
  await page.getByRole('button', { name: 'Återställ version 1' }).click();
  await expect(page.getByText('Version 1 är återställd som en ny version')).toBeVisible();
  await expect(body(page)).toHaveValue('Kommunen har en plan.');
  expect(await revisionBodies(slug)).toEqual([
    'Kommunen har en plan.',
    'Kommunen har en ny plan för jämställdhet.',
    'Kommunen har en plan.',
  ]);
});

test('renaming a published page keeps its old address working', async ({ page, request }) => {
  const slug = unique('gammal');
  const renamed = `${slug}-ny`;
  await createDraft(page, { slug, title: 'Sida som byter adress', body: 'Text.' });
  await page.getByRole('button', { name: 'Spara och publicera' }).click();
  await saved(page, 'är publicerad');
  await page.getByLabel('Adress', { exact: true }).fill(renamed);
  await page.getByRole('button', { name: 'Spara och publicera' }).click();
  await saved(page, `Sidans adress är nu /vagledning/${renamed}`);

  const old = await request.get(`/vagledning/${slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(new RegExp(`/vagledning/${renamed}$`));
  await page.goto(`/vagledning/${slug}`);
  await expect(page).toHaveURL(new RegExp(`/vagledning/${renamed}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Sida som byter adress' })).toBeVisible();
});

test('a taken address is refused at the field, with the text kept', async ({ page }) => {
  await createDraft(page, { slug: unique('dubblett'), title: 'Dubblett', body: 'Min text.' });
  await page.getByLabel('Adress', { exact: true }).fill('steg-4-kompetens-och-larande');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByText('Adressen används redan av en annan sida.')).toBeVisible();
  await expect(page.getByLabel('Adress', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(body(page)).toHaveValue('Min text.');
});

test('unpublishing and deleting ask first, and are recorded', async ({ page, browser }) => {
  const slug = unique('bort');
  const editorUrl = await createDraft(page, { slug, title: 'Sida som ska bort', body: 'Text.' });
  await page.getByRole('button', { name: 'Spara och publicera' }).click();
  await saved(page, 'är publicerad');
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/vagledning/${slug}`))?.status()).toBe(200);

  await page.getByRole('link', { name: 'Avpublicera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Avpublicera/ })).toBeVisible();
  await page.getByRole('link', { name: 'Avbryt' }).click();
  await expect(page).toHaveURL(editorUrl);
  await page.getByRole('link', { name: 'Avpublicera' }).click();
  await page.getByRole('button', { name: 'Ja, avpublicera sidan' }).click();
  await expect(page.getByText('Sidan är avpublicerad.')).toBeVisible();
  expect((await reader.goto(`/vagledning/${slug}`))?.status()).toBe(404);

  await page.getByRole('link', { name: 'Ta bort sidan' }).click();
  await page.getByRole('button', { name: 'Ja, ta bort sidan för gott' }).click();
  await expect(page).toHaveURL(/\/redaktion\/vagledning\?borttagen=1$/);
  await expect(page.getByRole('link', { name: 'Sida som ska bort' })).toHaveCount(0);
  expect(await revisionBodies(slug)).toEqual([]);
  expect(await auditActions(slug)).toEqual(['guide.publish', 'guide.unpublish', 'guide.delete']);
});

test('saving a page nobody changed makes no new version', async ({ page }) => {
  await page.goto('/redaktion/vagledning');
  await page.getByRole('link', { name: 'Steg 4: Kompetens och lärande' }).click();
  await expect(page.getByLabel('Text', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await saved(page, 'Inga ändringar att spara.');
  expect(await revisionBodies('steg-4-kompetens-och-larande')).toHaveLength(1);
});
