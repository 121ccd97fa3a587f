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

export async function queryAtoms(organisationId: string): Promise<Atom[]> {
  // People with a unit from the kept totals (a row per group, lib/data/stats-tally.ts); elected
  // politicians without a unit, who are few, from the people themselves.
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT t."unitId" AS "unitId", t.gender AS gender, t.audience AS audience, t.n AS people
    FROM "StatsTally" t
    WHERE t."organisationId" = ${organisationId} AND t.kind = 'people' AND t."courseId" = '' AND t.n > 0
    UNION ALL
    SELECT NULL, COALESCE(CAST(u.gender AS TEXT), ''), CAST(u.audience AS TEXT), COUNT(*)
    FROM "User" u
    WHERE u."organisationId" = ${organisationId} AND u."unitId" IS NULL AND u.active = ${true}
      AND u.audience = 'POLITICIAN'
    GROUP BY u.gender, u.audience`;
  return rows.map((r) => ({
    unitId: r.unitId === null ? null : String(r.unitId),
    gender: r.gender === '' ? null : String(r.gender),
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
