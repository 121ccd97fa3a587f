import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/permissions';
import { notFound } from '@/lib/errors';
import { ScimError } from '@/lib/scim/errors';
import type { AudienceAttribute, Mapping, UnitAttribute } from '@/lib/scim/user';
import { systemWriter, type Writer } from './admin-people-write';
import { recordAudit } from './audit';

// The bearer tokens of an organisation's provisioning (SCIM). A token is shown once; only its
// SHA-256 is stored (a long random token needs no slow hash), so a copy of the database cannot
// provision anyone. Revoking takes effect on the next request.

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const LAST_USED_EVERY_MS = 60_000;

export type ScimTokenRow = {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export const listScimTokens = cache(async (viewer: Viewer): Promise<ScimTokenRow[]> =>
  db.scimToken.findMany({
    where: { organisationId: viewer.organisationId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  }),
);

/** A new token; the returned text is the only time anyone sees it. */
export async function createScimToken(viewer: Viewer, name: string): Promise<string> {
  const token = `scim_${randomBytes(32).toString('base64url')}`;
  await db.$transaction(async (tx) => {
    const created = await tx.scimToken.create({
      data: { organisationId: viewer.organisationId, name, tokenHash: hash(token), createdById: viewer.id },
      select: { id: true },
    });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'scim.token.create',
        entityType: 'ScimToken',
        entityId: created.id,
        after: { name },
      },
      tx,
    );
  });
  return token;
}

export async function revokeScimToken(viewer: Viewer, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const found = await tx.scimToken.findFirst({
      where: { id, organisationId: viewer.organisationId },
      select: { id: true, name: true, revokedAt: true },
    });
    if (!found) throw notFound('Nyckeln finns inte.');
    if (found.revokedAt) return;
    await tx.scimToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'scim.token.revoke',
        entityType: 'ScimToken',
        entityId: id,
        before: { name: found.name },
      },
      tx,
    );
  });
}

export type ScimClient = { organisationId: string; tokenId: string; mapping: Mapping };

/** The organisation's provisioning as the writer of a change: no person, recorded as SCIM in the audit log. */
export const scimWriter = (client: ScimClient): Writer =>
  systemWriter({ organisationId: client.organisationId, source: 'scim', id: `scim:${client.tokenId}` });

/** The organisation a request's bearer token provisions, or SCIM's 401. */
export async function authenticateScim(authorization: string | null): Promise<ScimClient> {
  const token = /^Bearer\s+(\S{10,200})$/i.exec(authorization ?? '')?.[1];
  const found = token
    ? await db.scimToken.findUnique({
        where: { tokenHash: hash(token) },
        select: {
          id: true,
          organisationId: true,
          revokedAt: true,
          lastUsedAt: true,
          organisation: { select: { scimUnitAttribute: true, scimAudienceAttribute: true } },
        },
      })
    : null;
  if (!found || found.revokedAt) throw new ScimError(401, 'Nyckeln saknas, är okänd eller återkallad.');
  if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await db.scimToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  }
  return {
    organisationId: found.organisationId,
    tokenId: found.id,
    mapping: {
      unit: found.organisation.scimUnitAttribute as UnitAttribute,
      audience: found.organisation.scimAudienceAttribute as AudienceAttribute | null,
    },
  };
}

export const getScimMapping = cache(async (viewer: Viewer): Promise<Mapping> => {
  const org = await db.organisation.findUniqueOrThrow({
    where: { id: viewer.organisationId },
    select: { scimUnitAttribute: true, scimAudienceAttribute: true },
  });
  return {
    unit: org.scimUnitAttribute as UnitAttribute,
    audience: org.scimAudienceAttribute as AudienceAttribute | null,
  };
});

export async function setScimMapping(viewer: Viewer, mapping: Mapping): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.organisation.findUniqueOrThrow({
      where: { id: viewer.organisationId },
      select: { scimUnitAttribute: true, scimAudienceAttribute: true },
    });
    await tx.organisation.update({
      where: { id: viewer.organisationId },
      data: { scimUnitAttribute: mapping.unit, scimAudienceAttribute: mapping.audience },
    });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'scim.settings',
        entityType: 'Organisation',
        entityId: viewer.organisationId,
        before: { unit: before.scimUnitAttribute, audience: before.scimAudienceAttribute },
        after: mapping,
      },
      tx,
    );
  });
}
