// Regression guard for /admin: only an organisation's administrators open its pages or run its
// Server Actions, and an administrator never reaches another organisation's people or units.
// Actions are called the way a browser without JavaScript posts a form, with the hidden action
// fields taken from an administrator's page; the administrator's own post is the control that
// shows the request really reaches the action.
import { expect, test, type Browser, type APIRequestContext } from '@playwright/test';
import { findUser, organisationName, unitId, userId } from './support/db';
import { stateFile, type Persona } from './support/personas';

const run = Date.now().toString(36);

async function hiddenFields(browser: Browser, path: string, formIndex = 0): Promise<Record<string, string>> {
  const page = await browser.newPage({ storageState: stateFile('admin') });
  await page.goto(path);
  const inputs = page.locator('main form').nth(formIndex).locator('input[type="hidden"]');
  const fields: Record<string, string> = {};
  for (const input of await inputs.all())
    fields[(await input.getAttribute('name'))!] = (await input.getAttribute('value')) ?? '';
  await page.close();
  return fields;
}

/**
 * The fields of the confirm form after an administrator's preview of `csv`. The confirm form is
 * drawn in the browser, so the action's hidden fields come from the server-rendered upload form
 * (the same action): together they are what a browser without JavaScript would post.
 */
async function previewedImport(browser: Browser, csv: string): Promise<Record<string, string>> {
  const page = await browser.newPage({ storageState: stateFile('admin') });
  await page.goto('/admin/import');
  const fields: Record<string, string> = {};
  for (const input of await page.locator('main form').first().locator('input[type="hidden"][name^="$ACTION"]').all()) {
    fields[(await input.getAttribute('name'))!] = (await input.getAttribute('value')) ?? '';
  }
  await page
    .getByLabel('CSV-fil från personalsystemet')
    .setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Importera' }) });
  await expect(form).toHaveCount(1);
  for (const input of await form.locator('input[type="hidden"]').all())
    fields[(await input.getAttribute('name'))!] = (await input.getAttribute('value')) ?? '';
  await page.close();
  return fields;
}

/** A form post as a browser sends it (same origin, so Next's check of the Origin header passes). */
async function post(request: APIRequestContext, path: string, fields: Record<string, string>) {
  return request.post(path, { multipart: fields, headers: { Origin: baseURL() } });
}

const baseURL = () => test.info().project.use.baseURL!;

const pages = async () => [
  '/admin',
  '/admin/personer/ny',
  `/admin/personer/${await userId('medarbetare@sjostad.se')}`,
  '/admin/enheter',
  `/admin/enheter/${await unitId('Förskola')}`,
  '/admin/import',
  '/admin/installningar',
  '/admin/inloggning',
  '/admin/provisionering',
  '/admin/logg',
];

for (const persona of ['chef', 'strateg'] as const satisfies Persona[]) {
  test.describe(`a ${persona === 'chef' ? 'manager' : 'strategist'}`, () => {
    test.use({ storageState: stateFile(persona) });

    test('gets a Swedish 403 page on every admin page and 403 from the export', async ({ page, request }) => {
      for (const path of await pages()) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole('heading', { name: 'Du har inte behörighet' })).toBeVisible();
      }
      const exported = await request.get('/admin/export');
      expect(exported.status()).toBe(403);
      expect(await exported.text()).not.toContain('@sjostad.se');
    });

    test('cannot create a person, change the settings or confirm an import through the actions', async ({
      browser,
      playwright,
    }) => {
      const email = `intrang.${persona}.${run}@sjostad.se`;
      const person = { name: 'Ivar Intrång', email, role: 'ADMIN', audience: 'EMPLOYEE', unitId: '', gender: '' };
      const own = await playwright.request.newContext({ baseURL: baseURL(), storageState: stateFile(persona) });
      const create = await hiddenFields(browser, '/admin/personer/ny');
      await post(own, '/admin/personer/ny', { ...create, ...person });
      expect(await findUser(email)).toBeNull();

      const settings = await hiddenFields(browser, '/admin/installningar');
      await post(own, '/admin/installningar', { ...settings, name: 'Hackad kommun', kind: 'KOMMUN', cemrSignedAt: '' });
      expect(await organisationName('sjostad')).toBe('Sjöstads kommun');

      // An import confirmed with the exact fields of an administrator's preview.
      const importEmail = `import.${persona}.${run}@sjostad.se`;
      const confirm = await previewedImport(
        browser,
        `Namn;E-post;Enhet;Målgrupp\nIda Import;${importEmail};Utbildningsförvaltningen;medarbetare`,
      );
      await post(own, '/admin/import', confirm);
      expect(await findUser(importEmail)).toBeNull();
      await own.dispose();

      // The control: the same post from an administrator creates the person.
      const admin = await playwright.request.newContext({ baseURL: baseURL(), storageState: stateFile('admin') });
      const controlEmail = `kontroll.${persona}.${run}@sjostad.se`;
      await post(admin, '/admin/personer/ny', {
        ...create,
        ...person,
        email: controlEmail,
        role: 'EMPLOYEE',
        name: 'Kim Kontroll',
      });
      expect(await findUser(controlEmail)).toMatchObject({ name: 'Kim Kontroll', organisationSlug: 'sjostad' });
      await post(admin, '/admin/import', confirm);
      expect(await findUser(importEmail)).toMatchObject({ name: 'Ida Import' });
      await admin.dispose();
    });
  });
}

test.describe('an administrator of another organisation', () => {
  test.use({ storageState: stateFile('norrvikAdmin') });

  test('gets 404 for the first organisation’s people and units, and the export holds only their own', async ({
    page,
    request,
  }) => {
    expect((await page.goto(`/admin/personer/${await userId('medarbetare@sjostad.se')}`))?.status()).toBe(404);
    await expect(page.getByText('Moa')).toHaveCount(0);
    expect((await page.goto(`/admin/enheter/${await unitId('Förskola')}`))?.status()).toBe(404);
    await page.goto(`/admin?enhet=${await unitId('Förskola')}`);
    await expect(page.getByText('Inga personer matchar filtret.')).toBeVisible();
    const csv = await (await request.get('/admin/export?status=alla')).text();
    expect(csv).toContain('vera.vardare@norrvik.se');
    expect(csv).not.toContain('@sjostad.se');
  });

  test('cannot change a person of the first organisation through the update action', async ({
    browser,
    playwright,
  }) => {
    const target = await userId('medarbetare@sjostad.se');
    const fields = await hiddenFields(browser, `/admin/personer/${target}`);
    const norrvik = await playwright.request.newContext({
      baseURL: baseURL(),
      storageState: stateFile('norrvikAdmin'),
    });
    await post(norrvik, `/admin/personer/${target}`, {
      ...fields,
      id: target,
      name: 'Kapad',
      email: 'medarbetare@sjostad.se',
      role: 'ADMIN',
      audience: 'EMPLOYEE',
      unitId: '',
      gender: '',
    });
    await norrvik.dispose();
    expect(await findUser('medarbetare@sjostad.se')).toMatchObject({
      name: 'Moa Medarbetare',
      role: 'EMPLOYEE',
      active: true,
    });
  });
});
