import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Role, Viewer } from '@/lib/auth/permissions';

export type SessionUser = Viewer & {
  name: string;
  email: string;
  audience: 'POLITICIAN' | 'MANAGER' | 'STRATEGIST' | 'EMPLOYEE';
  unitId: string | null;
  unitName: string | null;
  organisationName: string;
};

/**
 * The signed-in person as the database has them now, read once per request by primary key: role
 * changes apply at once, and the session ends (null) when the person is deactivated or the token's
 * session version is not the person's current one (they signed out, or were deactivated since).
 */
export const getSessionUser = cache(async (id: string, sessionVersion: number): Promise<SessionUser | null> => {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      audience: true,
      active: true,
      sessionVersion: true,
      organisationId: true,
      organisation: { select: { name: true } },
      unitId: true,
      unit: { select: { name: true } },
      managedUnits: { select: { unit: { select: { path: true } } } },
    },
  });
  // No address, no account: staff without one are counted through group sessions only.
  if (!user?.email || !user.active || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role as Role,
    audience: user.audience,
    organisationId: user.organisationId,
    organisationName: user.organisation.name,
    unitId: user.unitId,
    unitName: user.unit?.name ?? null,
    managedUnitPaths: user.managedUnits.map((m) => m.unit.path),
  };
});

export async function findActiveUserByEmail(email: string) {
  return db.user.findFirst({
    where: { email: email.trim().toLowerCase(), active: true },
    select: { id: true, passwordHash: true, locale: true },
  });
}

/** The session version a new sign-in puts into its token, or null for someone who may not sign in. */
export async function sessionVersionOf(id: string): Promise<{ sessionVersion: number; locale: string | null } | null> {
  const user = await db.user.findUnique({
    where: { id },
    select: { active: true, sessionVersion: true, locale: true },
  });
  return user?.active ? { sessionVersion: user.sessionVersion, locale: user.locale } : null;
}

/**
 * Signing out ends every session of the person (the version is per person, not per device). Only
 * a token that is still current raises it, so an old copied cookie cannot end a newer sign-in.
 */
export async function endSessions(id: string, sessionVersion: number): Promise<void> {
  await db.user.updateMany({ where: { id, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
}
