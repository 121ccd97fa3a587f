import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { buildProtection, type Atom, type Protection } from '@/lib/stats/protection';
import { rememberStats } from './stats-cache';

// An organisation's protection blocks (lib/stats/protection.ts). Every view of its statistics,
// every checklist figure and its figures in the comparison between organisations are checked
// against the same blocks, built from everyone the figures can count: active people with a unit,
// and elected politicians also without one. Remembered with the statistics and forgotten on the
// same writes.

async function queryAtoms(organisationId: string): Promise<Atom[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT u."unitId" AS "unitId", CAST(u.gender AS TEXT) AS gender, CAST(u.audience AS TEXT) AS audience,
      COUNT(*) AS people
    FROM "User" u
    WHERE u."organisationId" = ${organisationId} AND u.active = ${true}
      AND (u."unitId" IS NOT NULL OR u.audience = 'POLITICIAN')
    GROUP BY u."unitId", u.gender, u.audience`;
  return rows.map((r) => ({
    unitId: r.unitId === null ? null : String(r.unitId),
    gender: r.gender === null ? null : String(r.gender),
    audience: String(r.audience),
    people: Number(r.people),
  }));
}

type Built = { protection: Protection };

/** One organisation's blocks, built once per write to it and remembered with its statistics. */
async function organisationProtection(organisationId: string): Promise<Protection> {
  const { rows } = await rememberStats<Built>(
    [organisationId],
    JSON.stringify(['protection', organisationId]),
    async () => {
      const [atoms, units] = await Promise.all([
        queryAtoms(organisationId),
        db.orgUnit.findMany({ where: { organisationId }, select: { id: true, path: true } }),
      ]);
      return [{ protection: buildProtection(atoms, units) }];
    },
    { kind: 'keep' },
  );
  return rows[0]!.protection;
}

export const protectionFor = cache(organisationProtection);
