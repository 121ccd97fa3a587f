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

/** The signed-in person as the database has them now: role changes and deactivation apply at once. */
export const getSessionUser = cache(async (id: string): Promise<SessionUser | null> => {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      audience: true,
      active: true,
      organisationId: true,
      organisation: { select: { name: true } },
      unitId: true,
      unit: { select: { name: true } },
      managedUnits: { select: { unit: { select: { path: true } } } },
    },
  });
  if (!user || !user.active) return null;
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
    select: { id: true, passwordHash: true },
  });
}
