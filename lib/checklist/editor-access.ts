import 'server-only';
import { forbidden as forbiddenPage } from 'next/navigation';
import { authorize, requirePermission, type SessionUser } from '@/lib/auth/guards';
import { canEditContent } from '@/lib/auth/scope';
import { getHostOrganisationId } from '@/lib/data/host';
import { forbidden } from '@/lib/errors';

// Checklist templates are shared content: only the host organisation's strategists and admins
// edit them (an admin of another organisation holds content:edit but not the host's content).

export async function requireTemplateEditor(returnTo: string): Promise<SessionUser> {
  const viewer = await requirePermission('content:edit', returnTo);
  if (!canEditContent(viewer, await getHostOrganisationId())) forbiddenPage();
  return viewer;
}

export async function authorizeTemplateEditor(): Promise<SessionUser> {
  const viewer = await authorize('content:edit');
  if (!canEditContent(viewer, await getHostOrganisationId())) throw forbidden();
  return viewer;
}
