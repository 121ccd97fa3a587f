// Guards signing in with the work account: each organisation connects its own OpenID Connect
// provider (here the certified oidc-provider on 127.0.0.1, one per organisation), people sign in
// through the browser, the account stays bound to the provider's subject, and every way the flow
// can go wrong ends on the sign-in page with a Swedish sentence and no session.
import { expect, request, test, type Browser, type Page } from '@playwright/test';
import { startTestProvider, type TestProvider } from '../support/oidc-test-provider';
import { findUser, isPostgres, withDb } from './support/db';
import { createPerson, type Fixture } from './support/fixtures';
import { expectNoAxeViolations } from './support/helpers';
import { stateFile } from './support/personas';

test.describe.configure({ mode: 'serial' });

const port = Number(process.env.E2E_PORT ?? 3200);
const baseURL = `http://127.0.0.1:${port}`;
type Org = {
  slug: 'sjostad' | 'norrvik';
  domain: string;
  label: string;
  opPort: number;
  provider?: TestProvider;
  /** The portal's redirect URI for the organisation's provider, known once the provider is saved. */
  redirectUri?: string;
};
const sjostad: Org = { slug: 'sjostad', domain: 'sjostad.se', label: 'Logga in med Sjöstads konto', opPort: port + 10 };
const norrvik: Org = { slug: 'norrvik', domain: 'norrvik.se', label: 'Logga in med Norrviks konto', opPort: port + 11 };
const people: Record<string, Fixture> = {};

/** (Re)starts an organisation's provider, with the portal's redirect URI once the provider is saved. */
async function startProvider(org: Org) {
  await org.provider?.stop();
  const redirectUri = org.redirectUri ?? `${baseURL}/api/auth/callback/org-inte-sparad`;
  org.provider = await startTestProvider({
    port: org.opPort,
    clientId: `portal-${org.slug}`,
    clientSecret: `hemlighet-${org.slug}-0123456789`,
    redirectUris: [redirectUri],
    accounts: Object.entries(people).map(([sub, p]) => ({ sub, email: p.email, name: p.name })),
  });
}

/** Connects an organisation's provider as its administrator does, in /admin/inloggning. */
async function connect(page: Page, org: Org) {
  await page.goto('/admin/inloggning');
  await page.getByLabel('Utfärdare (issuer)').fill(org.provider!.issuer);
  await page.getByLabel('Klient-id (application id)').fill(org.provider!.clientId);
  await page.getByLabel('Klienthemlighet').fill(org.provider!.clientSecret);
  await page.getByLabel('E-postdomäner').fill(org.domain);
  await page.getByLabel('Knappens text').fill(org.label);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inloggningen med jobbkonto är sparad.' })).toBeVisible();
  await page.reload();
  org.redirectUri = (await page.getByText('/api/auth/callback/org-').textContent())!.trim();
  await startProvider(org);
}

/** From the portal's sign-in page through the provider's login form and back. */
async function signInWithWorkAccount(page: Page, address: string, login = address) {
  await page.goto('/logga-in');
  const region = page.getByRole('region', { name: 'Med ditt jobbkonto' });
  await region.getByLabel('E-postadress på jobbet').fill(address);
  await region.getByRole('button', { name: 'Fortsätt' }).click();
  const domain = address.split('@')[1];
  await region.getByRole('button', { name: domain === 'norrvik.se' ? norrvik.label : sjostad.label }).click();
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('x');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

async function signedInAs(page: Page): Promise<string | null> {
  const session = (await (await page.request.get('/api/auth/session')).json()) as { user?: { email?: string } };
  return session.user?.email ?? null;
}

async function expectRefused(page: Page, sentence: string | RegExp) {
  await expect(page).toHaveURL(/\/logga-in/);
  await expect(page.getByRole('alert').filter({ hasText: sentence })).toBeVisible();
  expect(await signedInAs(page)).toBeNull();
}

test.beforeAll(async () => {
  people.anna = await createPerson({ name: 'Anna Jobbkonto', unit: 'Förskola' });
  people.bo = await createPerson({ name: 'Bo Jobbkonto', unit: 'Förskola' });
  people.nils = await createPerson({ name: 'Nils Norrvik', organisation: 'norrvik' });
  await startProvider(sjostad);
  await startProvider(norrvik);
});

test.afterAll(async () => {
  await withDb((db) => db.query('DELETE FROM "IdentityProvider"', []));
  await sjostad.provider?.stop();
  await norrvik.provider?.stop();
});

test.describe('an administrator', () => {
  test.use({ storageState: stateFile('admin') });

  test('is told in Swedish when the provider cannot be read, and connects it when it can', async ({ page }) => {
    await page.goto('/admin/inloggning');
    await page.getByLabel('Utfärdare (issuer)').fill(`http://127.0.0.1:${port + 19}`);
    await page.getByLabel('Klient-id (application id)').fill('portal');
    await page.getByLabel('Klienthemlighet').fill('hemligt');
    await page.getByLabel('E-postdomäner').fill('sjostad.se');
    await page.getByLabel('Knappens text').fill(sjostad.label);
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Portalen kunde inte läsa leverantörens inställningar' }),
    ).toBeVisible();
    expect(await withDb((db) => db.query('SELECT id FROM "IdentityProvider"', []))).toHaveLength(0);

    await connect(page, sjostad);
    await expectNoAxeViolations(page);
    await expect(page.getByLabel('Klienthemlighet')).toHaveValue('');
    await expect(page.getByLabel('Klienthemlighet')).toHaveAccessibleDescription(/En hemlighet är sparad/);
  });
});

test.describe('the administrator of the other organisation', () => {
  test.use({ storageState: stateFile('norrvikAdmin') });

  test('cannot take the first organisation’s domain, and connects their own provider', async ({ page }) => {
    await page.goto('/admin/inloggning');
    await page.getByLabel('Utfärdare (issuer)').fill(norrvik.provider!.issuer);
    await page.getByLabel('Klient-id (application id)').fill(norrvik.provider!.clientId);
    await page.getByLabel('Klienthemlighet').fill(norrvik.provider!.clientSecret);
    await page.getByLabel('E-postdomäner').fill('norrvik.se, sjostad.se');
    await page.getByLabel('Knappens text').fill(norrvik.label);
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Domänen sjostad.se hör redan till en annan organisation' }),
    ).toBeVisible();
    await connect(page, norrvik);
  });
});

test.describe('a person', () => {
  test('signs in through their own organisation’s provider, in each organisation', async ({ page, browser }) => {
    await signInWithWorkAccount(page, people.anna!.email);
    await expect(page).toHaveURL(/\/min-sida/);
    expect(await signedInAs(page)).toBe(people.anna!.email);

    const other = await browser.newPage();
    await signInWithWorkAccount(other, people.nils!.email);
    await expect(other).toHaveURL(/\/min-sida/);
    expect(await signedInAs(other)).toBe(people.nils!.email);
    await other.close();
  });

  test('stays bound to the subject when the provider later sends another address', async ({ page }) => {
    // Anna's subject is bound since her first sign-in; the provider now says she is Bo.
    sjostad.provider!.setAccounts([{ sub: 'anna', email: people.bo!.email, name: 'Anna Jobbkonto' }]);
    try {
      await signInWithWorkAccount(page, people.anna!.email, 'anna');
      await expect(page).toHaveURL(/\/min-sida/);
      expect(await signedInAs(page)).toBe(people.anna!.email);
    } finally {
      await startProvider(sjostad);
    }
  });

  test('of another organisation is refused by this organisation’s provider', async ({ page }) => {
    // Nils (Norrvik) has an account at Sjöstad's provider too; Sjöstad's provider cannot sign him in.
    await page.goto('/logga-in');
    const region = page.getByRole('region', { name: 'Med ditt jobbkonto' });
    await region.getByLabel('E-postadress på jobbet').fill(people.anna!.email);
    await region.getByRole('button', { name: 'Fortsätt' }).click();
    await region.getByRole('button', { name: sjostad.label }).click();
    await page.getByPlaceholder('Enter any login').fill(people.nils!.email);
    await page.getByPlaceholder('and password').fill('x');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await expectRefused(page, 'Kontot hör inte till den organisation vars inloggning du använde.');
  });

  test('who is deactivated cannot sign in, even though bound', async ({ page }) => {
    await setActive(people.anna!.id, false);
    try {
      await signInWithWorkAccount(page, people.anna!.email);
      await expectRefused(page, 'Det finns inget aktivt konto för den adressen.');
    } finally {
      await setActive(people.anna!.id, true);
    }
  });
});

test.describe('an organisation that creates accounts at the first sign-in', () => {
  test.use({ storageState: stateFile('admin') });

  test('gives a newcomer an account waiting for the administrator, who sees them', async ({ page, browser }) => {
    await page.goto('/admin/inloggning');
    await page.getByLabel('Skapa ett konto när någon loggar in första gången').check();
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Inloggningen med jobbkonto är sparad.' })).toBeVisible();

    const email = `ny-${Date.now().toString(36)}@sjostad.se`;
    sjostad.provider!.setAccounts([
      ...Object.entries(people).map(([sub, p]) => ({ sub, email: p.email, name: p.name })),
      { sub: 'nykomling', email, name: 'Nina Nykomling' },
    ]);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const newcomer = await context.newPage();
    try {
      await signInWithWorkAccount(newcomer, email, 'nykomling');
      await expect(newcomer).toHaveURL(/\/min-sida/);
      await expect(
        newcomer.getByRole('status').filter({ hasText: 'Ditt konto skapades när du loggade in första gången' }),
      ).toBeVisible();
      await expectNoAxeViolations(newcomer);
    } finally {
      await context.close();
      await page.goto('/admin/inloggning');
      await page.getByLabel('Skapa ett konto när någon loggar in första gången').uncheck();
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Inloggningen med jobbkonto är sparad.' })).toBeVisible();
    }
    expect(await findUser(email)).toMatchObject({
      name: 'Nina Nykomling',
      organisationSlug: 'sjostad',
      unitName: null,
    });
  });
});

test.describe('a spoiled answer from the provider', () => {
  for (const [mode, what] of [
    ['tampered', 'an ID token whose signature does not match'],
    ['expired', 'an expired ID token'],
    ['wrong-nonce', 'an ID token for another sign-in (nonce)'],
  ] as const) {
    test(`is refused: ${what}`, async ({ page }) => {
      sjostad.provider!.setTokenMode(mode);
      try {
        await signInWithWorkAccount(page, people.bo!.email);
        await expectRefused(page, 'Inloggningen med jobbkontot misslyckades.');
      } finally {
        sjostad.provider!.setTokenMode('normal');
      }
    });
  }

  test('is refused: a changed state', async ({ page }) => {
    // The state the portal sent is swapped on the way to the provider, which hands the other one back
    // (Playwright does not intercept the redirect back to the portal itself).
    await page.route(`${sjostad.provider!.issuer}/auth?*`, (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set('state', 'en-annan-inloggning');
      return route.continue({ url: url.toString() });
    });
    await signInWithWorkAccount(page, people.bo!.email);
    await expectRefused(page, 'Inloggningen med jobbkontot misslyckades.');
  });

  test('while the provider is down the person is told so in Swedish', async ({ page }) => {
    await sjostad.provider!.stop();
    sjostad.provider = undefined;
    try {
      await page.goto('/logga-in');
      const region = page.getByRole('region', { name: 'Med ditt jobbkonto' });
      await region.getByLabel('E-postadress på jobbet').fill(people.bo!.email);
      await region.getByRole('button', { name: 'Fortsätt' }).click();
      await region.getByRole('button', { name: sjostad.label }).click();
      await expectRefused(page, 'Inloggningen med jobbkontot kunde inte starta.');
    } finally {
      await startProvider(sjostad);
    }
  });
});

const q = (n: number) => (isPostgres ? `$${n}` : '?');
const sealedSecret = async (label: string) =>
  (
    await withDb((db) =>
      db.query<{ clientSecret: string }>(`SELECT "clientSecret" FROM "IdentityProvider" WHERE label = ${q(1)}`, [
        label,
      ]),
    )
  )[0]!.clientSecret;
const setSealedSecret = (label: string, sealed: string) =>
  withDb((db) =>
    db.query(`UPDATE "IdentityProvider" SET "clientSecret" = ${q(1)} WHERE label = ${q(2)}`, [sealed, label]),
  );

test.describe('a client secret this installation cannot read (sealed under another key)', () => {
  let kept: string;
  test.beforeAll(async () => {
    kept = await sealedSecret(sjostad.label);
    // Another authentication tag: AES-GCM refuses it exactly as it refuses a secret sealed under another key.
    const [version, iv, tag, body] = kept.split(':');
    await setSealedSecret(sjostad.label, [version, iv, 'A'.repeat(tag!.length), body].join(':'));
  });
  test.afterAll(async () => setSealedSecret(sjostad.label, kept));

  test('tells the person at the lookup, with no button that cannot work', async ({ page }) => {
    await page.goto('/logga-in');
    const region = page.getByRole('region', { name: 'Med ditt jobbkonto' });
    await region.getByLabel('E-postadress på jobbet').fill(people.bo!.email);
    await region.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(region.getByRole('alert').filter({ hasText: 'inte rätt inställd i portalen' })).toBeVisible();
    await expect(region.getByRole('button', { name: sjostad.label })).toHaveCount(0);
  });

  test('a sign-in started directly ends on the sign-in page with the same message and no session', async ({ page }) => {
    const providerPath = `/api/auth/signin/${sjostad.redirectUri!.split('/').pop()}`;
    const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const answer = await page.request.post(providerPath, { form: { csrfToken, json: 'true' }, maxRedirects: 0 });
    const { url } = (await answer.json()) as { url: string };
    expect(new URL(url).searchParams.get('error')).toBe('WorkAccountBroken');
    await page.goto(providerPath);
    await expectRefused(page, 'inte rätt inställd i portalen');
  });

  test.describe('the administrator', () => {
    test.use({ storageState: stateFile('admin') });

    test('is told to type the secret again, and after that people sign in again', async ({ page, browser }) => {
      await page.goto('/admin/inloggning');
      await expect(page.getByRole('alert').filter({ hasText: 'klienthemligheten går inte att läsa' })).toBeVisible();
      await expectNoAxeViolations(page);
      // Saving without a secret is refused: the unreadable one cannot be kept.
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Skriv klienthemligheten.' })).toBeVisible();
      await page.getByLabel('Klienthemlighet').fill(sjostad.provider!.clientSecret);
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Inloggningen med jobbkonto är sparad.' })).toBeVisible();
      kept = await sealedSecret(sjostad.label);

      const person = await browser.newPage({ storageState: { cookies: [], origins: [] } });
      await signInWithWorkAccount(person, people.bo!.email);
      await expect(person).toHaveURL(/\/min-sida/);
      expect(await signedInAs(person)).toBe(people.bo!.email);
      await person.close();
    });
  });
});

test('the sign-in page with the work account passes axe and fits a phone, also after the lookup', async ({ page }) => {
  await page.goto('/logga-in');
  await expectNoAxeViolations(page);
  const region = page.getByRole('region', { name: 'Med ditt jobbkonto' });
  await region.getByLabel('E-postadress på jobbet').fill(people.bo!.email);
  await region.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(region.getByRole('button', { name: sjostad.label })).toBeFocused();
  await expect(region.getByLabel('E-postadress på jobbet')).toHaveValue(people.bo!.email);
  await expectNoAxeViolations(page);
  // The address goes to the provider as a hint, so the person need not type it again there.
  const authorization = page.waitForRequest((r) => r.url().startsWith(`${sjostad.provider!.issuer}/auth`));
  await region.getByRole('button', { name: sjostad.label }).click();
  expect(new URL((await authorization).url()).searchParams.get('login_hint')).toBe(people.bo!.email);
});

test('an address without a provider is told how to sign in instead', async ({ page }) => {
  await page.goto('/logga-in');
  const region = page.getByRole('region', { name: 'Med ditt jobbkonto' });
  await region.getByLabel('E-postadress på jobbet').fill('anna@annanstans.se');
  await region.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(region.getByRole('alert').filter({ hasText: 'ingen inloggning med jobbkonto' })).toBeVisible();
});

/** The provider form posted as a browser without JavaScript posts it, with another label. */
async function postProviderForm(browser: Browser, as: 'chef' | 'strateg' | 'admin') {
  const form = await formFields(browser, '/admin/inloggning');
  const own = await request.newContext({ baseURL, storageState: stateFile(as) });
  await own.post('/admin/inloggning', {
    multipart: {
      ...form,
      issuer: sjostad.provider!.issuer,
      clientId: sjostad.provider!.clientId,
      domains: sjostad.domain,
      label: `Kapad av ${as}`,
      enabled: 'on',
    },
    headers: { Origin: baseURL },
  });
  await own.dispose();
}

const providerLabels = () =>
  withDb((db) => db.query<{ label: string }>('SELECT label FROM "IdentityProvider" ORDER BY label', []));

for (const persona of ['chef', 'strateg'] as const) {
  test.describe(`a ${persona === 'chef' ? 'manager' : 'strategist'}`, () => {
    test.use({ storageState: stateFile(persona) });

    test('cannot open the page nor change the provider through the action', async ({ page, browser }) => {
      expect((await page.goto('/admin/inloggning'))?.status()).toBe(403);
      const before = await providerLabels();
      await postProviderForm(browser, persona);
      expect(await providerLabels()).toEqual(before);
    });
  });
}

test('the same post from an administrator changes the provider (the control for the refusals above)', async ({
  browser,
}) => {
  await postProviderForm(browser, 'admin');
  expect((await providerLabels()).map((p) => p.label)).toContain('Kapad av admin');
});

async function setActive(id: string, active: boolean) {
  await withDb((db) =>
    db.query(`UPDATE "User" SET active = ${isPostgres ? '$1' : '?'} WHERE id = ${isPostgres ? '$2' : '?'}`, [
      isPostgres ? active : active ? 1 : 0,
      id,
    ]),
  );
}

/** The hidden fields (the Server Action's id) of the provider form as an administrator's page has them. */
async function formFields(browser: Browser, path: string) {
  const context = await browser.newContext({ baseURL, storageState: stateFile('admin') });
  const page = await context.newPage();
  await page.goto(path);
  const fields: Record<string, string> = {};
  const form = page.locator('form').filter({ has: page.getByLabel('Utfärdare (issuer)') });
  for (const input of await form.locator('input[type="hidden"]').all())
    fields[(await input.getAttribute('name'))!] = (await input.getAttribute('value')) ?? '';
  await context.close();
  return fields;
}
