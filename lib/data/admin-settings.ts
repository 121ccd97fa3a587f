import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/permissions';
import { endOfStockholmDay, stockholmDay } from '@/lib/dates';
import { notFound } from '@/lib/errors';
import type { SettingsInput } from '@/lib/validation/admin';
import { recordAudit } from './audit';

export type OrganisationSettings = {
  name: string;
  kind: 'KOMMUN' | 'REGION';
  cemrSignedAt: string | null;
  shareStatistics: boolean;
  shareName: boolean;
  examplesPublic: boolean;
};

const settingsSelect = {
  name: true,
  kind: true,
  cemrSignedAt: true,
  shareStatistics: true,
  shareName: true,
  examplesPublic: true,
} as const;

const toSettings = (o: {
  name: string;
  kind: 'KOMMUN' | 'REGION';
  cemrSignedAt: Date | null;
  shareStatistics: boolean;
  shareName: boolean;
  examplesPublic: boolean;
}): OrganisationSettings => ({
  name: o.name,
  kind: o.kind,
  cemrSignedAt: o.cemrSignedAt ? stockholmDay(o.cemrSignedAt) : null,
  shareStatistics: o.shareStatistics,
  shareName: o.shareName,
  examplesPublic: o.examplesPublic,
});

export const getOrganisationSettings = cache(async (viewer: Viewer): Promise<OrganisationSettings> => {
  const org = await db.organisation.findUnique({
    where: { id: viewer.organisationId },
    select: settingsSelect,
  });
  if (!org) throw notFound('Organisationen finns inte.');
  return toSettings(org);
});

export async function updateOrganisationSettings(viewer: Viewer, input: SettingsInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({
      where: { id: viewer.organisationId },
      select: settingsSelect,
    });
    if (!before) throw notFound('Organisationen finns inte.');
    const after = await tx.organisation.update({
      where: { id: viewer.organisationId },
      data: {
        name: input.name,
        kind: input.kind,
        cemrSignedAt: input.cemrSignedAt ? endOfStockholmDay(input.cemrSignedAt) : null,
        shareStatistics: input.shareStatistics,
        // A name is shared only while the figures are.
        shareName: input.shareStatistics && input.shareName,
        examplesPublic: input.examplesPublic,
      },
      select: settingsSelect,
    });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'organisation.update',
        entityType: 'Organisation',
        entityId: viewer.organisationId,
        before: toSettings(before),
        after: toSettings(after),
      },
      tx,
    );
  });
}
