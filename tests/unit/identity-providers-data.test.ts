// Guards the per-organisation sign-in: a provider is saved only when its discovery document reads,
// its secret is stored sealed, an e-mail domain belongs to one organisation, and the binding rule
// (subject first, then only a verified address of the same organisation) cannot be walked around.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seededDb, type Seeded } from '../support/seeded-db';
import { engine } from '../support/test-db';

let s: Seeded;
let server: Server;
let issuer: string;
let discoveryAnswer: 'good' | 'other-issuer' | 'down' = 'good';

beforeAll(async () => {
  // The provider below answers on plain http on this machine, as in the end-to-end tests.
  vi.stubEnv('OIDC_ALLOW_HTTP_LOOPBACK', 'true');
  s = await seededDb();
  server = createServer((req, res) => {
    if (discoveryAnswer === 'down' || req.url !== '/.well-known/openid-configuration') {
      res.writeHead(503).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        issuer: discoveryAnswer === 'good' ? issuer : 'https://elsewhere.example',
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  server.close();
  await s.close();
});

const input = (overrides: Record<string, unknown> = {}) => ({
  issuer,
  clientId: 'portal',
  clientSecret: 'hemligt-värde',
  domains: ['sjostad.se'],
  label: 'Logga in med Sjöstads konto',
  enabled: true,
  createOnFirstSignIn: false,
  ...overrides,
});

describe(`identity providers per organisation (${engine})`, () => {
  it('refuses a provider whose discovery fails, in Swedish, and saves nothing', async () => {
    const data = await import('@/lib/data/identity-providers');
    const admin = await s.viewer('admin@sjostad.se');
    discoveryAnswer = 'down';
    await expect(data.saveProvider(admin, input())).rejects.toThrow(/kunde inte läsa leverantörens inställningar/);
    discoveryAnswer = 'other-issuer';
    await expect(data.saveProvider(admin, input())).rejects.toThrow(/annan utfärdare/);
    discoveryAnswer = 'good';
    expect(await s.db.identityProvider.count()).toBe(0);
  });

  it('requires a secret the first time, stores it sealed and keeps it when the field is left empty', async () => {
    const data = await import('@/lib/data/identity-providers');
    const admin = await s.viewer('admin@sjostad.se');
    await expect(data.saveProvider(admin, input({ clientSecret: undefined }))).rejects.toThrow(/klienthemligheten/);
    await data.saveProvider(admin, input());
    const stored = await s.db.identityProvider.findFirstOrThrow({ select: { id: true, clientSecret: true } });
    expect(stored.clientSecret).not.toContain('hemligt');
    await data.saveProvider(admin, input({ clientSecret: undefined, label: 'Logga in med jobbkontot' }));
    const opened = await data.providerForSignIn(stored.id);
    expect(opened).toMatchObject({
      clientSecret: 'hemligt-värde',
      label: 'Logga in med jobbkontot',
      domains: ['sjostad.se'],
    });
    const audit = await s.db.auditEvent.findMany({
      where: { action: 'identityProvider.save' },
      select: { after: true },
    });
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.after).join()).not.toContain('hemligt');
  });

  it('finds the provider by the address domain, and gives a domain to one organisation only', async () => {
    const data = await import('@/lib/data/identity-providers');
    expect(await data.providerForAddress('Anna.Berg@SJOSTAD.se')).toMatchObject({ label: 'Logga in med jobbkontot' });
    expect(await data.providerForAddress('anna@norrvik.se')).toBeNull();
    const norrvik = await s.viewer('admin@norrvik.se');
    await expect(data.saveProvider(norrvik, input({ domains: ['norrvik.se', 'sjostad.se'] }))).rejects.toThrow(
      /sjostad\.se hör redan till en annan organisation/,
    );
    expect(await s.db.identityProvider.count()).toBe(1);
    // Not claimed, but Norrvik's people have addresses there: not Sjöstad's to take.
    const admin = await s.viewer('admin@sjostad.se');
    await expect(data.saveProvider(admin, input({ domains: ['sjostad.se', 'norrvik.se'] }))).rejects.toThrow(
      'Domänen norrvik.se används av en annan organisation i portalen.',
    );
    expect(await data.providerForAddress('x@norrvik.se')).toBeNull();
  });

  it('treats a secret this installation cannot open as missing, not as a secret', async () => {
    const data = await import('@/lib/data/identity-providers');
    const stored = await s.db.identityProvider.findFirstOrThrow({ select: { id: true, clientSecret: true } });
    const [v, iv, tag, body] = stored.clientSecret.split(':');
    const flipped = `${v}:${iv}:${tag}:${body!.startsWith('A') ? 'B' : 'A'}${body!.slice(1)}`;
    await s.db.identityProvider.update({ where: { id: stored.id }, data: { clientSecret: flipped } });
    expect((await data.providerForSignIn(stored.id))?.clientSecret).toBeNull();
    // The sign-in page's lookup says so instead of offering a button, and the administrator sees it.
    expect(await data.providerForAddress('anna@sjostad.se')).toMatchObject({ usable: false });
    const admin = await s.viewer('admin@sjostad.se');
    expect(await data.getProviderSettings(admin)).toMatchObject({ hasSecret: false });
    await expect(data.saveProvider(admin, input({ clientSecret: undefined }))).rejects.toThrow(/klienthemligheten/);
    expect((await s.db.identityProvider.findUniqueOrThrow({ where: { id: stored.id } })).clientSecret).toBe(flipped);
    await data.saveProvider(admin, input({ label: 'Logga in med jobbkontot' }));
    expect(await data.providerForAddress('anna@sjostad.se')).toMatchObject({ usable: true });
    expect((await data.providerForSignIn(stored.id))?.clientSecret).toBe('hemligt-värde');
  });
});

describe(`binding a work account to a person (${engine})`, () => {
  const account = (provider: string, sub: string) => ({ provider, providerAccountId: sub, type: 'oauth' as const });

  it('binds the first sign-in only by a verified address of the organisation, then by subject whatever the address says', async () => {
    const data = await import('@/lib/data/identity-providers');
    const { orgSignIn } = await import('@/lib/auth/org-providers');
    const { id } = await s.db.identityProvider.findFirstOrThrow({ select: { id: true } });
    const provider = data.orgProviderId(id);
    const medarbetare = await s.db.user.findUniqueOrThrow({ where: { email: 'medarbetare@sjostad.se' } });

    expect(await orgSignIn(account(provider, 's1'), { email: 'medarbetare@sjostad.se', email_verified: false })).toBe(
      '/logga-in?error=WorkAccountUnverified',
    );
    expect(await orgSignIn(account(provider, 's1'), { email: 'admin@norrvik.se', email_verified: true })).toBe(
      '/logga-in?error=WorkAccountOtherOrganisation',
    );
    expect(await orgSignIn(account(provider, 's1'), { email: 'ingen@sjostad.se', email_verified: true })).toBe(false);
    expect(await data.boundPerson(provider, 's1')).toBeNull();
    // Entra ID sends no email_verified for work accounts; its xms_edov stands in, never overrides a false.
    expect(await orgSignIn(account(provider, 's1'), { email: 'medarbetare@sjostad.se', xms_edov: false })).toBe(
      '/logga-in?error=WorkAccountUnverified',
    );
    expect(
      await orgSignIn(account(provider, 's1'), {
        email: 'medarbetare@sjostad.se',
        email_verified: false,
        xms_edov: true,
      }),
    ).toBe('/logga-in?error=WorkAccountUnverified');
    expect(await orgSignIn(account(provider, 'entra'), { email: 'medarbetare@sjostad.se', xms_edov: true })).toBe(true);
    expect((await data.boundPerson(provider, 'entra'))?.id).toBe(medarbetare.id);
    expect(await s.db.auditEvent.count({ where: { action: 'person.bind', entityId: medarbetare.id } })).toBe(1);
    // Another subject of the same provider that now says it is her is not bound to her by address.
    expect(await orgSignIn(account(provider, 's1'), { email: 'medarbetare@sjostad.se', email_verified: true })).toBe(
      '/logga-in?error=WorkAccountAlreadyBound',
    );
    expect(await data.boundPerson(provider, 's1')).toBeNull();

    // A changed address claim (even someone else's) does not move the bound sign-in.
    expect(await orgSignIn(account(provider, 'entra'), { email: 'admin@sjostad.se', email_verified: true })).toBe(true);
    expect(await data.boundPerson(provider, 'entra')).toMatchObject({ id: medarbetare.id });
  });

  it('refuses a bound person who is deactivated, and a binding that leads to another organisation', async () => {
    const data = await import('@/lib/data/identity-providers');
    const { orgSignIn } = await import('@/lib/auth/org-providers');
    const { id } = await s.db.identityProvider.findFirstOrThrow({ select: { id: true } });
    const provider = data.orgProviderId(id);
    await s.db.user.update({ where: { email: 'medarbetare@sjostad.se' }, data: { active: false } });
    expect(await orgSignIn(account(provider, 'entra'), { email: 'medarbetare@sjostad.se', email_verified: true })).toBe(
      false,
    );
    await s.db.user.update({ where: { email: 'medarbetare@sjostad.se' }, data: { active: true } });

    // A person of another organisation whose address is in this organisation's domain.
    const norrvik = await s.db.organisation.findUniqueOrThrow({ where: { slug: 'norrvik' } });
    await s.db.user.create({ data: { organisationId: norrvik.id, name: 'Flyttad', email: 'flyttad@sjostad.se' } });
    expect(await orgSignIn(account(provider, 'x9'), { email: 'flyttad@sjostad.se', email_verified: true })).toBe(
      '/logga-in?error=WorkAccountOtherOrganisation',
    );
    expect(await data.boundPerson(provider, 'x9')).toBeNull();
    await s.db.user.delete({ where: { email: 'flyttad@sjostad.se' } });

    const norrvikPerson = await s.db.user.findUniqueOrThrow({ where: { email: 'admin@norrvik.se' } });
    await s.db.account.create({ data: { ...account(provider, 's2'), userId: norrvikPerson.id } });
    expect(await orgSignIn(account(provider, 's2'), { email: 'admin@norrvik.se', email_verified: true })).toBe(
      '/logga-in?error=WorkAccountOtherOrganisation',
    );
    expect(await orgSignIn(account('org-unknown', 's1'), {})).toBe(false);
  });

  it('creates an account at the first sign-in only where the organisation allows it, waiting for an administrator', async () => {
    const data = await import('@/lib/data/identity-providers');
    const { orgSignIn } = await import('@/lib/auth/org-providers');
    const { id, organisationId } = await s.db.identityProvider.findFirstOrThrow({
      select: { id: true, organisationId: true },
    });
    const provider = data.orgProviderId(id);
    const newcomer = { email: 'ny.kollega@sjostad.se', email_verified: true, name: 'Nora Ny' };
    expect(await orgSignIn(account(provider, 'n1'), newcomer)).toBe(false);
    await s.db.identityProvider.update({ where: { id }, data: { createOnFirstSignIn: true } });
    try {
      expect(await orgSignIn(account(provider, 'n1'), { ...newcomer, email_verified: false })).toBe(
        '/logga-in?error=WorkAccountUnverified',
      );
      // A deactivated account keeps its address: signing in does not make a second one.
      await s.db.user.update({ where: { email: 'medarbetare@sjostad.se' }, data: { active: false } });
      expect(await orgSignIn(account(provider, 'n2'), { email: 'medarbetare@sjostad.se', email_verified: true })).toBe(
        false,
      );
      await s.db.user.update({ where: { email: 'medarbetare@sjostad.se' }, data: { active: true } });

      expect(await orgSignIn(account(provider, 'n1'), newcomer)).toBe(true);
      const made = await s.db.user.findUniqueOrThrow({ where: { email: newcomer.email } });
      expect(made).toMatchObject({
        organisationId,
        name: 'Nora Ny',
        role: 'EMPLOYEE',
        unitId: null,
        awaitingSetup: true,
      });
      expect((await data.boundPerson(provider, 'n1'))?.id).toBe(made.id);
      expect(await data.awaitingSetup(made.id)).toBe(true);

      const { updatePerson } = await import('@/lib/data/admin-people-write');
      const unit = await s.db.orgUnit.findFirstOrThrow({ where: { organisationId, name: 'Förskola' } });
      await updatePerson(await s.viewer('admin@sjostad.se'), made.id, {
        name: made.name,
        email: made.email,
        employeeNumber: null,
        role: 'EMPLOYEE',
        audience: 'MANAGER',
        unitId: unit.id,
        gender: null,
      });
      expect(await data.awaitingSetup(made.id)).toBe(false);
    } finally {
      await s.db.identityProvider.update({ where: { id }, data: { createOnFirstSignIn: false } });
    }
  });

  it('binds the installation-wide Entra ID by the same rule, to the host organisation only', async () => {
    const data = await import('@/lib/data/identity-providers');
    const { installationEntraSignIn } = await import('@/lib/auth/org-providers');
    const entra = (sub: string) => account('azure-ad', sub);
    const chef = await s.db.user.findUniqueOrThrow({ where: { email: 'chef@sjostad.se' } });
    expect(await installationEntraSignIn(entra('e1'), { email: 'chef@sjostad.se' })).toBe(
      '/logga-in?error=WorkAccountUnverified',
    );
    expect(await installationEntraSignIn(entra('e1'), { email: 'admin@norrvik.se', xms_edov: true })).toBe(
      '/logga-in?error=WorkAccountOtherOrganisation',
    );
    expect(await installationEntraSignIn(entra('e1'), { email: 'chef@sjostad.se', xms_edov: true })).toBe(true);
    expect((await data.boundPerson('azure-ad', 'e1'))?.id).toBe(chef.id);
    expect(await installationEntraSignIn(entra('e1'), { email: 'admin@sjostad.se', xms_edov: true })).toBe(true);
    expect((await data.boundPerson('azure-ad', 'e1'))?.id).toBe(chef.id);
    expect(await installationEntraSignIn(entra('e2'), { email: 'chef@sjostad.se', xms_edov: true })).toBe(
      '/logga-in?error=WorkAccountAlreadyBound',
    );
  });

  it('starts the bindings again when the issuer changes', async () => {
    const data = await import('@/lib/data/identity-providers');
    const admin = await s.viewer('admin@sjostad.se');
    const { id } = await s.db.identityProvider.findFirstOrThrow({ select: { id: true } });
    expect(await s.db.account.count({ where: { provider: data.orgProviderId(id) } })).toBe(3);
    const moved = issuer.replace('127.0.0.1', 'localhost');
    discoveryAnswer = 'good';
    const realIssuer = issuer;
    issuer = moved;
    try {
      await data.saveProvider(admin, input({ issuer: moved, clientSecret: undefined }));
    } finally {
      issuer = realIssuer;
    }
    expect(await s.db.account.count({ where: { provider: data.orgProviderId(id) } })).toBe(0);
  });
});
