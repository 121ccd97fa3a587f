import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { env } from '@/lib/env';

/**
 * The organisation that owns the installation's shared content (guidance, courses, paths,
 * checklist templates): PORTAL_HOST_ORG by slug, else the first organisation created.
 */
export const getHostOrganisationId = cache(async (): Promise<string | null> => {
  const org = await db.organisation.findFirst({
    where: env.PORTAL_HOST_ORG ? { slug: env.PORTAL_HOST_ORG } : {},
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  return org?.id ?? null;
});
