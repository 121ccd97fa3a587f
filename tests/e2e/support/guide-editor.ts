import { expect, type Page } from '@playwright/test';

export type Draft = { slug: string; title: string; summary?: string; body: string };

/** Creates a guidance page as a draft through the editor; leaves the page on its edit view. */
export async function createDraft(page: Page, draft: Draft): Promise<string> {
  await page.goto('/redaktion/vagledning/ny');
  await page.getByLabel('Titel', { exact: true }).fill(draft.title);
  await page.getByLabel('Adress', { exact: true }).fill(draft.slug);
  await page.getByLabel('Sammanfattning', { exact: true }).fill(draft.summary ?? 'En sida som testerna skapar.');
  await page.getByLabel('Text', { exact: true }).fill(draft.body);
  await page.getByRole('group', { name: 'Ämnen' }).getByLabel('Stereotyper').check();
  await page.getByRole('group', { name: 'Målgrupper' }).getByLabel('Medarbetare').check();
  await page.getByLabel('Källa 1: titel').fill('Testkälla');
  await page.getByLabel('Källa 1: utgivare').fill('SKR');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page).toHaveURL(/\/redaktion\/vagledning\/[^/?]+\?sparad=1$/);
  await expect(page.getByTestId('guide-status')).toContainText('Utkast');
  return page.url().replace(/\?.*$/, '');
}

export type CapturedPost = { url: string; headers: Record<string, string>; body: Buffer };

/**
 * Runs `submit` and captures the Server Action request it makes instead of sending it, so a test
 * can replay exactly that request as someone else.
 */
export async function captureActionPost(page: Page, submit: () => Promise<void>): Promise<CapturedPost> {
  let captured: CapturedPost | undefined;
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.method() === 'POST' && request.headers()['next-action']) {
      captured = { url: request.url(), headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
      return route.abort();
    }
    return route.continue();
  });
  await submit();
  await expect.poll(() => Boolean(captured)).toBe(true);
  await page.unroute('**/*');
  return captured!;
}
