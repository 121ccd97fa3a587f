import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/permissions';
import { buildComparison, type SharingOrganisation } from '@/lib/stats/compare';
import { measures, present, type DisplayRow, type Measure } from '@/lib/stats/rollup';
import { protectionFor, protectionsFor } from './protection';
import { statsRows } from './stats';
import { rememberStats } from './stats-cache';
import { queryStatsRows } from './stats-sql';

// The comparison between the installation's organisations that share their key figures. Sharing
// is read on every request (an organisation that stops sharing is gone from the next page view);
// the figures are remembered like all statistics and forgotten on the same writes.

const sharingOrganisations = cache((): Promise<SharingOrganisation[]> =>
  db.organisation.findMany({
    where: { shareStatistics: true },
    select: { id: true, name: true, kind: true, shareName: true },
  }),
);

export type Comparison =
  | { sharing: false }
  | { sharing: true; tables: ReturnType<typeof buildComparison>; computedAt: Date; organisations: number };

/** Only an organisation that shares sees the others: the comparison is mutual. */
export async function loadComparison(viewer: Viewer): Promise<Comparison> {
  const orgs = await sharingOrganisations();
  if (!orgs.some((o) => o.id === viewer.organisationId)) return { sharing: false };
  const ids = orgs.map((o) => o.id).sort();
  const [{ rows, computedAt }, protections] = await Promise.all([
    rememberStats(JSON.stringify(['compare', ids]), () => queryStatsRows(ids, 'organisation', {}, new Date())),
    protectionsFor(ids),
  ]);
  return {
    sharing: true,
    tables: buildComparison({ orgs, ownId: viewer.organisationId, rows, protections }),
    computedAt,
    organisations: orgs.length,
  };
}

export type KeyFigure = { measure: Measure; label: string; figures: DisplayRow };

/** The viewer's own organisation's key figures, as it shares them (the same protection); for viewers
 * who see the whole organisation (the callers check stats:view-organisation). */
export async function ownKeyFigures(viewer: Viewer) {
  const [org, { rows, computedAt }, protection] = await Promise.all([
    db.organisation.findUniqueOrThrow({
      where: { id: viewer.organisationId },
      select: { name: true, kind: true, shareStatistics: true },
    }),
    statsRows(viewer, {}),
    protectionFor(viewer.organisationId),
  ]);
  const figures: KeyFigure[] = (Object.keys(measures) as Measure[]).map((measure) => ({
    measure,
    label: measures[measure].label,
    figures: present({ key: measure, label: org.name, rows }, measure, protection),
  }));
  return { organisation: org, computedAt, figures };
}
