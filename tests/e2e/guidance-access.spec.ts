// Regression guard for editing rights: only the host organisation's strategists and admins reach
// /redaktion and its Server Actions. An employee, a visitor and another organisation's admin are
// refused by the pages, and a replayed editor request changes nothing.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { guidePageId, revisionBodies } from './support/guide-db';
import { captureActionPost, createDraft, type CapturedPost } from './support/guide-editor';
import { stateFile } from './support/personas';

// Whole workflows in one test: give them room on a busy machine.
test.describe.configure({ timeout: 90_000 });

const editorPaths = async () => {
  const id = await guidePageId('vad-ar-jamstalldhet');
  return [
    '/redaktion/vagledning',
    '/redaktion/vagledning/ny',
    `/redaktion/vagledning/${id}`,
    `/redaktion/vagledning/${id}/forhandsvisning`,
    `/redaktion/vagledning/${id}/historik`,
    `/redaktion/vagledning/${id}/ta-bort`,
  ];
};

for (const persona of ['medarbetare', 'norrvikAdmin'] as const) {
  test.describe(`${persona} (may not edit the host organisation's content)`, () => {
    test.use({ storageState: stateFile(persona) });

    test('gets a 403 page from every editor page', async ({ page }) => {
      for (const path of ['/redaktion', ...(await editorPaths())]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole('heading', { name: 'Du har inte behörighet' })).toBeVisible();
        await expect(page.getByLabel('Text', { exact: true })).toHaveCount(0);
      }
    });
  });
}

test('visitors are sent to sign-in from the editor pages', async ({ page }) => {
  for (const path of await editorPaths()) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/logga-in\?callbackUrl=/);
  }
});

test.describe('Server Actions', () => {
  test.use({ storageState: stateFile('strateg') });

  const replay = (request: APIRequestContext, post: CapturedPost) =>
    request.post(post.url, {
      headers: {
        'next-action': post.headers['next-action']!,
        'content-type': post.headers['content-type']!,
        accept: 'text/x-component',
      },
      data: post.body,
    });

  test('refuse a save and a delete replayed by an employee, another organisation or a visitor', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const slug = `e2e-skyddad-${Date.now().toString(36)}`;
    const editorUrl = await createDraft(page, { slug, title: 'Skyddad sida', body: 'Originaltext.' });
    await page.getByLabel('Text', { exact: true }).fill('Ändrad av någon utan rätt.');
    const save = await captureActionPost(page, () => page.getByRole('button', { name: 'Spara utkast' }).click());
    await page.goto(`${editorUrl}/ta-bort`);
    const remove = await captureActionPost(page, () =>
      page.getByRole('button', { name: 'Ja, ta bort sidan för gott' }).click(),
    );

    const outsiders = [
      { state: stateFile('medarbetare'), says: 'Du har inte behörighet' },
      { state: stateFile('norrvikAdmin'), says: 'Bara värdorganisationens strateger och administratörer' },
      { state: undefined, says: 'Du behöver logga in först' },
    ];
    for (const outsider of outsiders) {
      const request = await playwright.request.newContext({ baseURL, storageState: outsider.state });
      for (const post of [save, remove]) {
        const response = await replay(request, post);
        expect(await response.text()).toContain(outsider.says);
      }
      await request.dispose();
    }
    expect(await revisionBodies(slug)).toEqual(['Originaltext.']);

    // The same requests from the strategist do work: the replay itself is sound.
    const own = await replay(page.request, save);
    expect(await own.text()).toContain('Utkastet är sparat som version 2');
    expect(await revisionBodies(slug)).toEqual(['Originaltext.', 'Ändrad av någon utan rätt.']);
  });
});
