import 'server-only';
import { forbidden as forbiddenPage } from 'next/navigation';
import { getHostOrganisationId } from '@/lib/data/host';
import { forbidden } from '@/lib/errors';
import { authorize, requirePermission, type SessionUser } from './guards';
import { canEditContent } from './scope';

// Content belongs to the host organisation: holding 'content:edit' is not enough, the editor must
// also belong to it (an administrator of another organisation in the installation may not edit).
export type ContentEditor = SessionUser & { hostOrganisationId: string };

/** Pages under /redaktion: the editor, or the 403 page. */
export async function requireContentEditor(returnTo: string): Promise<ContentEditor> {
  const viewer = await requirePermission('content:edit', returnTo);
  const host = await getHostOrganisationId();
  if (!host || !canEditContent(viewer, host)) forbiddenPage();
  return { ...viewer, hostOrganisationId: host };
}

/** Server Actions: the editor, or an expected error with a Swedish message. */
export async function authorizeContentEditor(): Promise<ContentEditor> {
  const viewer = await authorize('content:edit');
  const host = await getHostOrganisationId();
  if (!host || !canEditContent(viewer, host))
    throw forbidden('Bara värdorganisationens strateger och administratörer kan ändra innehållet.');
  return { ...viewer, hostOrganisationId: host };
}
