import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/permissions';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { buildComparison, type OrganisationFigures, type SharingOrganisation } from '@/lib/stats/compare';
import { measures, present, type DisplayRow, type Measure } from '@/lib/stats/rollup';
import { protectionFor } from './protection';
import { organisationStatsRows } from './stats';
import { rememberStats } from './stats-cache';

// The comparison between the installation's organisations that share their key figures. Sharing
// is read on every request (an organisation that stops sharing is gone from the next page view);
// each organisation's figures are remembered on their own and forgotten on a write to it, so a
// write in one organisation recomputes only its figures.

const sharingOrganisations = cache((): Promise<SharingOrganisation[]> =>
  db.organisation.findMany({
    where: { shareStatistics: true },
    select: { id: true, name: true, kind: true, shareName: true },
  }),
);

const measureKeys = Object.keys(measures) as Measure[];

/** The whole organisation's figures for every measure, under its own protection. */
async function organisationFigures(
  organisationId: string,
): Promise<{ figures: OrganisationFigures; computedAt: Date }> {
  const { rows, computedAt } = await rememberStats<{ figures: OrganisationFigures }>(
    [organisationId],
    JSON.stringify(['key-figures', organisationId]),
    async () => {
      const [{ rows: stats }, protection] = await Promise.all([
        organisationStatsRows(organisationId, 'organisation', {}),
        protectionFor(organisationId),
      ]);
      const split = { key: organisationId, label: '', rows: stats };
      const figures = Object.fromEntries(measureKeys.map((m) => [m, present(split, m, protection)]));
      return [{ figures: figures as OrganisationFigures }];
    },
  );
  return { figures: rows[0]!.figures, computedAt };
}

export type Comparison =
  | { sharing: false }
  | { sharing: true; tables: ReturnType<typeof buildComparison>; computedAt: Date; organisations: number };

/** Only an organisation that shares sees the others: the comparison is mutual. */
export async function loadComparison(viewer: Viewer, locale: Locale = defaultLocale): Promise<Comparison> {
  const orgs = await sharingOrganisations();
  if (!orgs.some((o) => o.id === viewer.organisationId)) return { sharing: false };
  const results = await Promise.all(orgs.map((o) => organisationFigures(o.id)));
  const figures = new Map(results.map((r, i) => [orgs[i]!.id, r.figures]));
  return {
    sharing: true,
    tables: buildComparison({ orgs, ownId: viewer.organisationId, figures, locale }),
    computedAt: new Date(Math.min(...results.map((r) => r.computedAt.getTime()))),
    organisations: orgs.length,
  };
}

export type KeyFigure = { measure: Measure; label: string; figures: DisplayRow };

/**
 * The viewer's own organisation's key figures, as it shares them (the same protection); for
 * viewers who see the whole organisation (the callers check stats:view-organisation).
 */
export async function ownKeyFigures(viewer: Viewer) {
  const [organisation, { figures, computedAt }] = await Promise.all([
    db.organisation.findUniqueOrThrow({
      where: { id: viewer.organisationId },
      select: { name: true, kind: true, shareStatistics: true },
    }),
    organisationFigures(viewer.organisationId),
  ]);
  const list: KeyFigure[] = measureKeys.map((measure) => ({
    measure,
    label: measures[measure].label,
    figures: figures[measure],
  }));
  return { organisation, computedAt, figures: list };
}
