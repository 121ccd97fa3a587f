import 'server-only';
import { forbidden } from 'next/navigation';
import { getHostOrganisationId } from '@/lib/data/host';
import { requirePermission } from './guards';
import { canEditContent } from './scope';

/** Pages of /redaktion: a content editor of the organisation that owns the content. */
export async function requireContentEditor(returnTo: string) {
  const viewer = await requirePermission('content:edit', returnTo);
  if (!canEditContent(viewer, await getHostOrganisationId())) forbidden();
  return viewer;
}
