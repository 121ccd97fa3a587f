import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/sqlite/client';
import { buildProtection, type Atom, type Protection } from '@/lib/stats/protection';
import { rememberStats } from './stats-cache';

// The organisations' protection blocks (lib/stats/protection.ts). Every view of the statistics,
// every checklist figure and the comparison between organisations are checked against the same
// blocks, built from everyone the figures can count: active people with a unit, and elected
// politicians also without one. Remembered with the statistics and forgotten on the same writes.

type OrgAtom = Atom & { organisationId: string };

async function queryAtoms(orgs: readonly string[]): Promise<OrgAtom[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT u."organisationId" AS "organisationId", u."unitId" AS "unitId", CAST(u.gender AS TEXT) AS gender,
      CAST(u.audience AS TEXT) AS audience, COUNT(*) AS people
    FROM "User" u
    WHERE u."organisationId" IN (${Prisma.join(orgs)}) AND u.active = ${true}
      AND (u."unitId" IS NOT NULL OR u.audience = 'POLITICIAN')
    GROUP BY u."organisationId", u."unitId", u.gender, u.audience`;
  return rows.map((r) => ({
    organisationId: String(r.organisationId),
    unitId: r.unitId === null ? null : String(r.unitId),
    gender: r.gender === null ? null : String(r.gender),
    audience: String(r.audience),
    people: Number(r.people),
  }));
}

/** Each organisation's blocks, with one query for the people and one for the units of them all. */
export async function protectionsFor(orgs: readonly string[]): Promise<Map<string, Protection>> {
  if (orgs.length === 0) return new Map();
  const sorted = [...orgs].sort();
  const [{ rows }, units] = await Promise.all([
    rememberStats(JSON.stringify(['protection', sorted]), () => queryAtoms(sorted)),
    db.orgUnit.findMany({
      where: { organisationId: { in: sorted } },
      select: { id: true, path: true, organisationId: true },
    }),
  ]);
  return new Map(
    sorted.map((org) => [
      org,
      buildProtection(
        rows.filter((r) => r.organisationId === org),
        units.filter((u) => u.organisationId === org),
      ),
    ]),
  );
}

export const protectionFor = cache(async (organisationId: string): Promise<Protection> =>
  (await protectionsFor([organisationId])).get(organisationId)!,
);
