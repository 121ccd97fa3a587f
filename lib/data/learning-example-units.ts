import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/permissions';

/** The organisation's administrations (top units), for filtering examples. */
export const listTopUnits = cache(async (viewer: Pick<Viewer, 'organisationId'>) =>
  db.orgUnit.findMany({
    where: { organisationId: viewer.organisationId, parentId: null },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, path: true },
  }),
);

/** Every unit of the organisation, for the example form. */
export const listOrganisationUnits = cache(async (viewer: Pick<Viewer, 'organisationId'>) =>
  db.orgUnit.findMany({
    where: { organisationId: viewer.organisationId },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  }),
);
