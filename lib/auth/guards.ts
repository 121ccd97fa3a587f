import 'server-only';
import { getServerSession } from 'next-auth';
import { forbidden as forbiddenPage, redirect } from 'next/navigation';
import { getSessionUser, type SessionUser } from '@/lib/data/session-user';
import { ExpectedError, forbidden } from '@/lib/errors';
import { authOptions } from './options';
import { can, type Permission } from './permissions';

export type { SessionUser };

/** The signed-in, active person, or null. */
export async function getViewer(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return id ? getSessionUser(id) : null;
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
  if (!viewer) throw new ExpectedError('Du behöver logga in först.', 'unauthenticated');
  if (permission && !can(viewer.role, permission)) throw forbidden();
  return viewer;
}
