import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/permissions';
import { discover } from '@/lib/auth/oidc-discovery';
import { openSecret, sealSecret } from '@/lib/auth/secret-box';
import { conflict, invalid } from '@/lib/errors';
import { env } from '@/lib/env';
import { serverMessage } from '@/lib/i18n/messages';
import { issuerAllowed, type IdentityProviderInput } from '@/lib/validation/identity-provider';
import { createPerson, systemWriter } from './admin-people-write';
import { recordAudit } from './audit';

// Each organisation's own OpenID Connect provider (lib/auth/org-providers.ts signs in through it).
// The client secret is sealed before it is stored and only opened for a sign-in; the admin page
// never receives it.

/** next-auth's id for an organisation's provider; sign-in bindings (Account.provider) carry it. */
export const ORG_PROVIDER_PREFIX = 'org-';
export const orgProviderId = (id: string) => `${ORG_PROVIDER_PREFIX}${id}`;

export type ProviderSettings = {
  id: string;
  issuer: string;
  clientId: string;
  hasSecret: boolean;
  domains: string[];
  label: string;
  enabled: boolean;
  createOnFirstSignIn: boolean;
};

/** What the administrator sees of their organisation's provider (never the secret). */
export const getProviderSettings = cache(async (viewer: Viewer): Promise<ProviderSettings | null> => {
  const found = await db.identityProvider.findUnique({
    where: { organisationId: viewer.organisationId },
    select: {
      id: true,
      issuer: true,
      clientId: true,
      clientSecret: true,
      label: true,
      enabled: true,
      createOnFirstSignIn: true,
      domains: { select: { domain: true } },
    },
  });
  if (!found) return null;
  const { clientSecret, ...shown } = found;
  // A secret sealed under another key (SECRETS_KEY changed) is as good as none: it must be typed again.
  return { ...shown, hasSecret: openSecret(clientSecret) !== null, domains: found.domains.map((d) => d.domain).sort() };
});

const audited = (p: ProviderSettings | null) =>
  p && {
    issuer: p.issuer,
    clientId: p.clientId,
    domains: p.domains,
    label: p.label,
    enabled: p.enabled,
    createOnFirstSignIn: p.createOnFirstSignIn,
  };

/** Saves the provider after its discovery document has been read; domains are the installation's one owner's. */
export async function saveProvider(viewer: Viewer, input: IdentityProviderInput): Promise<void> {
  const before = await getProviderSettings(viewer);
  if (!before?.hasSecret && !input.clientSecret) throw invalid('Skriv klienthemligheten.');
  if (!issuerAllowed(input.issuer, env.OIDC_ALLOW_HTTP_LOOPBACK)) {
    throw invalid('Utfärdarens adress måste börja med https://.');
  }
  await discover(input.issuer);
  await db.$transaction(async (tx) => {
    const taken = await tx.identityDomain.findMany({
      where: { domain: { in: input.domains }, provider: { organisationId: { not: viewer.organisationId } } },
      select: { domain: true },
    });
    if (taken.length > 0) {
      throw conflict(await serverMessage('domainsTaken', { domains: taken.map((d) => d.domain).join(', ') }));
    }
    // A domain whose addresses another organisation's people have is theirs, claimed or not.
    const used = await tx.user.findFirst({
      where: {
        organisationId: { not: viewer.organisationId },
        OR: input.domains.map((domain) => ({ email: { endsWith: `@${domain}` } })),
      },
      select: { email: true },
    });
    const usedDomain = used?.email?.split('@')[1];
    if (usedDomain) throw conflict(await serverMessage('domainUsed', { domain: usedDomain }));
    const data = {
      issuer: input.issuer,
      clientId: input.clientId,
      label: input.label,
      enabled: input.enabled,
      createOnFirstSignIn: input.createOnFirstSignIn,
      ...(input.clientSecret ? { clientSecret: sealSecret(input.clientSecret) } : {}),
    };
    const saved = await tx.identityProvider.upsert({
      where: { organisationId: viewer.organisationId },
      create: { organisationId: viewer.organisationId, ...data, clientSecret: data.clientSecret ?? '' },
      update: data,
      select: { id: true },
    });
    // Subjects are unique per issuer (and, in Entra ID, per application): a new issuer or client
    // starts the bindings again, by verified address.
    if (before && (before.issuer !== input.issuer || before.clientId !== input.clientId)) {
      await tx.account.deleteMany({ where: { provider: orgProviderId(saved.id) } });
    }
    await tx.identityDomain.deleteMany({ where: { providerId: saved.id } });
    await tx.identityDomain.createMany({ data: input.domains.map((domain) => ({ domain, providerId: saved.id })) });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'identityProvider.save',
        entityType: 'IdentityProvider',
        entityId: saved.id,
        before: audited(before),
        after: { ...audited({ ...input, id: saved.id, hasSecret: true }), secretChanged: Boolean(input.clientSecret) },
      },
      tx,
    );
  });
}

export async function removeProvider(viewer: Viewer): Promise<void> {
  await db.$transaction(async (tx) => {
    const found = await tx.identityProvider.findUnique({
      where: { organisationId: viewer.organisationId },
      select: { id: true },
    });
    if (!found) return;
    await tx.account.deleteMany({ where: { provider: orgProviderId(found.id) } });
    await tx.identityProvider.delete({ where: { id: found.id } });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'identityProvider.remove',
        entityType: 'IdentityProvider',
        entityId: found.id,
      },
      tx,
    );
  });
}

/** The provider an address signs in through: its domain's, when that provider is on. */
export async function providerForAddress(
  address: string,
): Promise<{ id: string; label: string; usable: boolean } | null> {
  const domain = address.trim().toLowerCase().split('@')[1];
  if (!domain) return null;
  const found = await db.identityDomain.findUnique({
    where: { domain },
    select: { provider: { select: { id: true, label: true, enabled: true, clientSecret: true } } },
  });
  if (!found?.provider.enabled) return null;
  const { id, label, clientSecret } = found.provider;
  return { id, label, usable: openSecret(clientSecret) !== null };
}

/** Whether any organisation has a provider on (the sign-in page then offers the work account). */
export async function anyProviderEnabled(): Promise<boolean> {
  return (await db.identityProvider.count({ where: { enabled: true } })) > 0;
}

export type ProviderForSignIn = {
  id: string;
  organisationId: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  label: string;
  domains: string[];
  createOnFirstSignIn: boolean;
};

/** One provider with its secret opened (null when this installation's key cannot open it). */
export async function providerForSignIn(id: string): Promise<ProviderForSignIn | null> {
  const found = await db.identityProvider.findUnique({
    where: { id },
    select: {
      id: true,
      organisationId: true,
      issuer: true,
      clientId: true,
      clientSecret: true,
      label: true,
      enabled: true,
      createOnFirstSignIn: true,
      domains: { select: { domain: true } },
    },
  });
  if (!found?.enabled) return null;
  return {
    id: found.id,
    organisationId: found.organisationId,
    issuer: found.issuer,
    clientId: found.clientId,
    clientSecret: openSecret(found.clientSecret),
    label: found.label,
    domains: found.domains.map((d) => d.domain),
    createOnFirstSignIn: found.createOnFirstSignIn,
  };
}

/** The person a provider's subject is bound to (from their first sign-in through it), if any. */
export async function boundPerson(provider: string, providerAccountId: string) {
  const found = await db.account.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: { id: true, active: true, organisationId: true } } },
  });
  return found?.user ?? null;
}

/** An active person with this address (addresses are unique in the installation), for a first binding. */
export async function activePersonByAddress(address: string) {
  return db.user.findFirst({
    where: { email: address.trim().toLowerCase(), active: true },
    select: { id: true, organisationId: true },
  });
}

/** Binds a provider's subject to a person (their first sign-in through it), recorded in the audit log. */
export async function bindAccount(input: {
  provider: string;
  providerAccountId: string;
  userId: string;
  organisationId: string;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.account.create({
      data: {
        userId: input.userId,
        type: 'oauth',
        provider: input.provider,
        providerAccountId: input.providerAccountId,
      },
    });
    await recordAudit(
      {
        organisationId: input.organisationId,
        actorId: null,
        action: 'person.bind',
        entityType: 'User',
        entityId: input.userId,
        after: { provider: input.provider, source: 'sign-in' },
      },
      tx,
    );
  });
}

/** Whether the person already has a subject of this provider bound to them. */
export async function isBound(provider: string, userId: string): Promise<boolean> {
  return (await db.account.count({ where: { provider, userId } })) > 0;
}

/**
 * A person's first sign-in where the organisation lets it create the account: an employee with
 * no unit yet, made by the administrator's own function (audit, assignment rules), then bound to
 * the provider's subject, waiting for an administrator to set unit and audience.
 */
export async function createPersonAtSignIn(input: {
  organisationId: string;
  email: string;
  name: string;
  subject: { provider: string; providerAccountId: string };
}): Promise<void> {
  const writer = systemWriter({ organisationId: input.organisationId, source: 'sign-in', id: 'sign-in' });
  const userId = await createPerson(writer, {
    name: input.name,
    email: input.email,
    employeeNumber: null,
    role: 'EMPLOYEE',
    audience: 'EMPLOYEE',
    unitId: null,
    gender: null,
    awaitingSetup: true,
  });
  await bindAccount({ ...input.subject, userId, organisationId: input.organisationId });
}

/** Whether the person's account was made by their first sign-in and still waits for an administrator. */
export async function awaitingSetup(userId: string): Promise<boolean> {
  const found = await db.user.findUnique({ where: { id: userId }, select: { awaitingSetup: true } });
  return found?.awaitingSetup ?? false;
}

/** Whether any account (active or not, of any organisation) has the address. */
export async function addressTaken(address: string): Promise<boolean> {
  return (await db.user.count({ where: { email: address.trim().toLowerCase() } })) > 0;
}
