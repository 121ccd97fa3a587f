import 'server-only';
import { getServerSession } from 'next-auth';
import { forbidden as forbiddenPage, redirect } from 'next/navigation';
import { getHostOrganisationId } from '@/lib/data/host';
import { getSessionUser, type SessionUser } from '@/lib/data/session-user';
import { forbidden, unauthenticated } from '@/lib/errors';
import { authOptions } from './options';
import { identityOnly, type IdentitySession } from './session-callbacks';
import { can, canEditContent, type Permission } from './permissions';

export type { SessionUser };

const viewerOptions = identityOnly(authOptions);

/** The signed-in, active person whose session has not been ended (signed out, deactivated), or null. */
export async function getViewer(): Promise<SessionUser | null> {
  const session = (await getServerSession(viewerOptions)) as IdentitySession | null;
  const identity = session?.identity;
  return identity ? getSessionUser(identity.id, identity.sessionVersion) : null;
}

/** Pages: the signed-in person, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/logga-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** Pages: the signed-in person holding `permission`; others get the 403 page. */
export async function requirePermission(permission: Permission, returnTo: string): Promise<SessionUser> {
  const viewer = await requireUser(returnTo);
  if (!can(viewer.role, permission)) forbiddenPage();
  return viewer;
}

/** Server Actions and route handlers: throws an expected error instead of redirecting. */
export async function authorize(permission?: Permission): Promise<SessionUser> {
  const viewer = await getViewer();
  if (!viewer) throw unauthenticated();
  if (permission && !can(viewer.role, permission)) throw forbidden();
  return viewer;
}

// Content belongs to the host organisation: holding 'content:edit' is not enough (see
// canEditContent). One decision, a page variant and an action variant, used by the guidance and
// checklist-template editors; the course and path actions check 'content:edit' and their data
// functions check the host organisation with the same canEditContent.
export type ContentEditor = SessionUser & { hostOrganisationId: string };

async function asContentEditor(viewer: SessionUser): Promise<ContentEditor | null> {
  const host = await getHostOrganisationId();
  return host && canEditContent(viewer, host) ? { ...viewer, hostOrganisationId: host } : null;
}

/** Pages under /redaktion: the editor, or the 403 page. */
export async function requireContentEditor(returnTo: string): Promise<ContentEditor> {
  const editor = await asContentEditor(await requirePermission('content:edit', returnTo));
  if (!editor) forbiddenPage();
  return editor;
}

/** Server Actions: the editor, or an expected error with a Swedish message. */
export async function authorizeContentEditor(): Promise<ContentEditor> {
  const editor = await asContentEditor(await authorize('content:edit'));
  if (!editor) throw forbidden('Bara värdorganisationens strateger och administratörer kan ändra innehållet.');
  return editor;
}
