// Guards editing a checklist template's English version (issue 21) at
// /redaktion/checklistor/<mall>/engelska: a strategist changes an item's English text and saves it
// as a new version, which English readers see once it is published; an empty heading is refused
// (nothing saved, focus on the field, the error read with it); the page passes axe in both
// languages, and in English it shows the template's Swedish texts marked `lang="sv"`. Works on an
// item no other spec reads (a2-intern-kommunikation) and puts its seeded English back.
import { expect, test, type Page } from '@playwright/test';
import { loadChecklists } from '../../lib/content/loader';
import { count } from './support/db';
import { expectNoAxeViolations } from './support/helpers';
import { expectEnglishPage } from './support/languages';
import { stateFile } from './support/personas';

const key = 'a2-intern-kommunikation';
const file = loadChecklists().find((c) => c.data.key === 'cemr-artikel-6')!;
const itemIn = (data: typeof file.data) => data.sections.flatMap((s) => s.items).find((i) => i.key === key)!;
const swedish = itemIn(file.data);
const seeded = itemIn(file.translations.en!.data);
const englishPage = '/redaktion/checklistor/cemr-artikel-6/engelska';
const revisions = () => count('SELECT COUNT(*) AS n FROM "ChecklistTemplateRevision"', []);
// The items' keys shown beside their titles are identifiers (a1-handlingsplan), not messages.
const data = ['handlingsplan'];

/** The item's block on the English page, opened. */
async function openItem(p: Page) {
  const item = p.locator(`#punkt-${key}`);
  await item.locator('summary').click();
  return item;
}

test.describe('in Swedish', () => {
  test.use({ storageState: stateFile('strateg') });

  test('a strategist changes an item’s English text, and an empty heading is refused', async ({ page: p }) => {
    test.slow();
    await p.goto('/redaktion/checklistor/cemr-artikel-6');
    await p.getByRole('link', { name: 'Engelsk version av mallen' }).click();
    await expect(p).toHaveURL(/\/redaktion\/checklistor\/cemr-artikel-6\/engelska$/);
    await expect(p.getByRole('heading', { level: 1 })).toHaveText('Engelsk version');
    await expect(p.getByText('Läsarna ser ändringen först när versionen är publicerad.')).toBeVisible();
    await expectNoAxeViolations(p);

    const item = await openItem(p);
    await expect(item.locator('summary')).toContainText('Engelskan är aktuell');
    await expect(item.locator('dd[lang="sv"]').first()).toHaveText(swedish.title);
    const title = item.getByLabel('Rubrik på engelska', { exact: true });
    await expect(title).toHaveAttribute('lang', 'en');
    await expect(title).toHaveValue(seeded.title);

    const before = await revisions();
    await title.fill('Internal communication is checked for stereotypes');
    await item.getByRole('button', { name: 'Spara den engelska texten' }).click();
    await expect(item.getByRole('status').filter({ hasText: /Sparat som version \d+\./ })).toBeVisible();
    expect(await revisions()).toBe(before + 1);
    await expect(title).toHaveValue('Internal communication is checked for stereotypes');
    await expect(item.locator('summary')).toContainText('Engelskan är aktuell');
    await expect(p.locator('#versionsstatus')).toContainText('är inte publicerad ännu');

    // An empty heading: refused beside the field, focus on it, nothing saved.
    await title.fill('');
    await item.getByRole('button', { name: 'Spara den engelska texten' }).click();
    await expect(item.getByRole('alert').filter({ hasText: 'Rätta de markerade fälten.' })).toBeVisible();
    await expect(title).toHaveAccessibleDescription(/Skriv rubriken på engelska\./);
    await expect(title).toBeFocused();
    expect(await revisions()).toBe(before + 1);
    await expectNoAxeViolations(p);

    // Removed: the answer stays, and the form beside it is empty (readers in English get the Swedish).
    await item.getByRole('button', { name: 'Ta bort den engelska texten' }).click();
    await expect(item.getByRole('status').filter({ hasText: /^Den engelska texten är borttagen\./ })).toBeVisible();
    expect(await revisions()).toBe(before + 2);
    await expect(title).toHaveValue('');
    await expect(item.locator('summary')).not.toContainText('Engelskan är aktuell');

    // The seeded English back, for the other specs.
    const texts = { title: 'Rubrik', explanation: 'Förklaring', example: 'Exempel' } as const;
    for (const [field, label] of Object.entries(texts)) {
      const value = seeded[field as keyof typeof texts];
      if (value) await item.getByLabel(`${label} på engelska`, { exact: true }).fill(value);
    }
    // The answers to the save and to the removal above both name a version: the save's starts with it.
    await item.getByRole('button', { name: 'Spara den engelska texten' }).click();
    await expect.poll(revisions).toBe(before + 3);
    await expect(item.getByRole('status').filter({ hasText: /^Sparat som version \d+\./ })).toBeVisible();
    await expect(title).toHaveValue(seeded.title);
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB', storageState: stateFile('strateg') });

  test('the English page is in English around the Swedish texts, refuses in English, and publishes', async ({
    page: p,
  }) => {
    test.slow();
    await p.goto(englishPage);
    await expect(p).toHaveTitle(/^English version of the checklist template/);
    await expect(p.getByRole('heading', { level: 1 })).toHaveText('English version');
    // The template's own texts are Swedish content, marked so.
    await expect(p.getByText(file.data.title, { exact: true }).first()).toHaveAttribute('lang', 'sv');
    const item = await openItem(p);
    await expect(item.locator('summary [lang="sv"]')).toHaveText(swedish.title);
    await expect(item.locator('summary')).toContainText('English up to date');
    const title = item.getByLabel('Heading in English', { exact: true });
    await expect(title).toHaveAttribute('lang', 'en');
    await expectEnglishPage(p, { data });
    await expectNoAxeViolations(p);

    const before = await revisions();
    await title.fill('   ');
    await item.getByRole('button', { name: 'Save the English text' }).click();
    await expect(item.getByRole('alert').filter({ hasText: 'Correct the marked fields.' })).toBeVisible();
    await expect(title).toHaveAccessibleDescription(/Write the heading in English\./);
    await expect(title).toBeFocused();
    expect(await revisions()).toBe(before);
    await expectEnglishPage(p, { data });

    // Saved and published, the new English reaches English readers of the checklist.
    const changed = 'Internal communication shows women and men in all roles';
    await title.fill(changed);
    await item.getByRole('button', { name: 'Save the English text' }).click();
    await expect(item.getByRole('status').filter({ hasText: /^Saved as version \d+\./ })).toBeVisible();
    await publish(p);
    await p.goto('/checklista');
    const items = p.getByRole('region', { name: 'The items of the checklist' });
    await expect(items.getByRole('link', { name: changed })).not.toHaveAttribute('lang', /./);

    // The seeded English back, published, for the other specs.
    await p.goto(englishPage);
    const again = await openItem(p);
    await again.getByLabel('Heading in English', { exact: true }).fill(seeded.title);
    await again.getByRole('button', { name: 'Save the English text' }).click();
    await expect(again.getByRole('status').filter({ hasText: /^Saved as version \d+\./ })).toBeVisible();
    await publish(p);
    await p.goto('/checklista');
    await expect(
      p.getByRole('region', { name: 'The items of the checklist' }).getByRole('link', { name: seeded.title }),
    ).toBeVisible();
  });
});

async function publish(p: Page) {
  await expect(p.locator('#versionsstatus')).toContainText('is not published yet');
  await p.getByRole('button', { name: /^Publish version \d+$/ }).click();
  await expect(p.locator('#versionsstatus')).not.toContainText('is not published yet');
}
