import 'server-only';
import { cache } from 'react';
import { can, statisticsScope } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/guards';
import { db } from '@/lib/db';
import { goalsBehind, type BehindGoal } from '@/lib/plans/behind';
import { parseStatsQuery } from '@/lib/stats/filter';
import { currentPlanYear, loadPlanFollowUps } from './competence-plans';
import { loadNeeds } from './self-assessment-needs';

// What needs a manager's or strategist's attention (issue 17, part 5): the areas where people say
// they need the most support, and this year's competence plans whose goals are behind. Both come
// from the pages that show them in full (/statistik/behov, /kompetensplaner/[id]) and pass the
// same disclosure rule; a manager sees only plans of administrations their units belong to.

export type Attention = {
  needs: { key: string; title: string; mean: number | null; units: string[] }[];
  plans: { id: string; unitName: string; year: number; behind: BehindGoal[] }[];
};

async function plansBehind(viewer: SessionUser, now: Date) {
  const scope = statisticsScope(viewer);
  const plans = await db.competencePlan.findMany({
    where: { organisationId: viewer.organisationId, year: currentPlanYear(now) },
    orderBy: { unit: { name: 'asc' } },
    select: {
      id: true,
      organisationId: true,
      year: true,
      hoursPerEmployee: true,
      unit: { select: { name: true, path: true } },
      goals: {
        orderBy: { position: 'asc' },
        select: {
          courseId: true,
          audience: true,
          targetPercent: true,
          course: { select: { title: true, slug: true } },
        },
      },
    },
  });
  // A manager's plans: those of the administrations that hold a unit they manage.
  const mine = plans.filter(
    (p) => scope === 'organisation' || viewer.managedUnitPaths.some((path) => path.startsWith(p.unit.path)),
  );
  const followUps = await loadPlanFollowUps(mine, now);
  const rows = mine.map((plan, i) => ({
    id: plan.id,
    unitName: plan.unit.name,
    year: plan.year,
    behind: goalsBehind(followUps[i]!.goals, followUps[i]!.gone),
  }));
  return rows.filter((r) => r.behind.length > 0);
}

/** Null for those who follow no statistics (employees, politicians). */
export const loadAttention = cache(async (viewer: SessionUser): Promise<Attention | null> => {
  if (!can(viewer.role, 'stats:view-units')) return null;
  const now = new Date();
  const [needs, plans] = await Promise.all([loadNeeds(viewer, parseStatsQuery({})), plansBehind(viewer, now)]);
  return {
    needs: needs.needs.slice(0, 2).map((n) => ({
      key: n.key,
      title: n.title,
      mean: n.mean,
      units: n.units.map((u) => u.label),
    })),
    plans,
  };
});
