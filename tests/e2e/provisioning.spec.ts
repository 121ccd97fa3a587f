// Guards provisioning end to end: an administrator creates a SCIM token in the browser, an
// identity provider's client (here Playwright's request context) creates, moves and deactivates a
// person with it through the running portal, and once the token is revoked it is refused. Other
// roles cannot create tokens, neither on the page nor through the action.
import { expect, request, test, type Browser } from '@playwright/test';
import { count, findUser } from './support/db';
import { expectNoAxeViolations } from './support/helpers';
import { stateFile } from './support/personas';

test.describe.configure({ mode: 'serial' });

const port = Number(process.env.E2E_PORT ?? 3200);
const baseURL = `http://127.0.0.1:${port}`;
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const run = Date.now().toString(36);
let token = '';

async function scim(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, data?: unknown, bearer = token) {
  const client = await request.newContext({ baseURL });
  const response = await client.fetch(`/scim/v2${path}`, {
    method,
    data,
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/scim+json' },
  });
  const body = await response.json().catch(() => null);
  await client.dispose();
  return { status: response.status(), body };
}

test.describe('an administrator', () => {
  test.use({ storageState: stateFile('admin') });

  test('creates a token that is shown once, and the provider provisions a person with it', async ({ page }) => {
    await page.goto('/admin/provisionering');
    await expect(page.getByText(`${baseURL}/scim/v2`)).toBeVisible();
    await page.getByLabel('Vad nyckeln är till för').fill(`Entra ID ${run}`);
    await page.getByRole('button', { name: 'Skapa en nyckel' }).click();
    const shown = page.getByRole('status').filter({ hasText: 'visas bara den här gången' });
    await expect(shown).toBeVisible();
    token = /scim_[\w-]+/.exec((await shown.textContent()) ?? '')![0];
    await expectNoAxeViolations(page);

    // The audience may not come from the unit's attribute; another one is saved.
    await page.getByLabel('Attribut som anger personens målgrupp').selectOption('department');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByLabel('Attribut som anger personens målgrupp')).toHaveAccessibleDescription(
      /Enhet och målgrupp kan inte komma från samma attribut/,
    );
    await page.getByLabel('Attribut som anger personens målgrupp').selectOption('userType');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Attributen för enhet och målgrupp är sparade.' }),
    ).toBeVisible();

    const email = `scim.${run}@sjostad.se`;
    const created = await scim('POST', '/Users', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
      userName: email,
      externalId: `entra-${run}`,
      displayName: 'Sara Scim',
      emails: [{ value: email, type: 'work', primary: true }],
      active: true,
      userType: 'chef',
      [ENTERPRISE]: { department: 'Förskola' },
    });
    expect(created.status).toBe(201);
    expect(await count('SELECT COUNT(*) AS n FROM "User" WHERE email = ? AND audience = ?', [email, 'MANAGER'])).toBe(
      1,
    );
    expect(await findUser(email)).toMatchObject({ name: 'Sara Scim', organisationSlug: 'sjostad', active: true });

    const off = await scim('PATCH', `/Users/${created.body.id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    expect(off.status).toBe(200);
    expect(await findUser(email)).toMatchObject({ active: false });

    // Deleted by the provider: gone for SCIM; the administrator sees why and can bring the person back.
    expect((await scim('DELETE', `/Users/${created.body.id}`)).status).toBe(204);
    expect((await scim('GET', `/Users/${created.body.id}`)).status).toBe(404);
    await page.goto(`/admin/personer/${created.body.id}`);
    await expect(page.getByText('Er identitetsleverantör har tagit bort personen')).toBeVisible();
    await page.getByRole('button', { name: 'Återaktivera personen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Personen är aktiv igen' })).toBeVisible();
    expect(await findUser(email)).toMatchObject({ active: true });
    expect((await scim('GET', `/Users/${created.body.id}`)).status).toBe(200);

    // Other SCIM addresses answer in SCIM's format too.
    const elsewhere = await scim('GET', '/Schemas');
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);

    // The token appears in the list with its last use, and can be revoked.
    await page.goto('/admin/provisionering');
    const row = page.getByRole('row', { name: new RegExp(`Entra ID ${run}`) });
    await expect(row).not.toContainText('Aldrig');
    await row.getByRole('button', { name: `Återkalla Entra ID ${run}` }).click();
    await expect(page.getByRole('row', { name: new RegExp(`Entra ID ${run}`) })).toContainText('Återkallad');
    const refused = await scim('GET', '/Users?count=1');
    expect(refused.status).toBe(401);
    expect(refused.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
  });
});

async function tokenFormFields(browser: Browser) {
  const context = await browser.newContext({ baseURL, storageState: stateFile('admin') });
  const page = await context.newPage();
  await page.goto('/admin/provisionering');
  const fields: Record<string, string> = {};
  const form = page.locator('form').filter({ has: page.getByLabel('Vad nyckeln är till för') });
  for (const input of await form.locator('input[type="hidden"]').all())
    fields[(await input.getAttribute('name'))!] = (await input.getAttribute('value')) ?? '';
  await context.close();
  return fields;
}

const tokensNamed = (name: string) => count('SELECT COUNT(*) AS n FROM "ScimToken" WHERE name = ?', [name]);

for (const persona of ['chef', 'strateg', 'admin'] as const) {
  test(`${persona === 'admin' ? 'the control: an administrator' : `a ${persona}`} ${persona === 'admin' ? 'creates' : 'cannot create'} a token through the action`, async ({
    browser,
  }) => {
    const name = `Intrång ${persona} ${run}`;
    const client = await request.newContext({ baseURL, storageState: stateFile(persona) });
    if (persona !== 'admin') expect((await client.get('/admin/provisionering')).status()).toBe(403);
    await client.post('/admin/provisionering', {
      multipart: { ...(await tokenFormFields(browser)), name },
      headers: { Origin: baseURL },
    });
    await client.dispose();
    expect(await tokensNamed(name)).toBe(persona === 'admin' ? 1 : 0);
  });
}
