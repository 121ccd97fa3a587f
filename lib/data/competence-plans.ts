import 'server-only';
import { cache } from 'react';
import { canEditPlan, canEditPlanFor, type Viewer } from '@/lib/auth/permissions';
import { stockholmDay } from '@/lib/dates';
import { db } from '@/lib/db';
import { defaultLocale, formatTags, type Locale } from '@/lib/i18n/config';
import { localizeCourse } from '@/lib/learning/translations';
import { planFollowUp, type PlanFollowUp } from '@/lib/plans/follow-up-cells';
import { followUpAtoms, planYearWindow, yearGone, type PlanCompletion, type PlanGoal } from '@/lib/plans/follow-up';
import { getHostOrganisationId } from './host';
import { courseTitlesIn } from './learning';
import { protectionFor } from './protection';
import { sqlDate, sqlTime } from './sql-time';

// Competence plans per administration and year (issue 17, part 4): what the viewer reads. Every
// signed-in person of the organisation reads its plans; figures about people go through the
// disclosure rule (lib/plans/follow-up-cells.ts). Writes are in competence-plan-writes.ts.

export const currentPlanYear = (now = new Date()) => Number(stockholmDay(now).slice(0, 4));

const planSelect = {
  id: true,
  organisationId: true,
  year: true,
  hoursPerEmployee: true,
  budgetKronor: true,
  decisionDate: true,
  decisionReference: true,
  notes: true,
  version: true,
  updatedAt: true,
  unit: { select: { id: true, name: true, path: true, parentId: true, organisationId: true } },
  goals: {
    orderBy: { position: 'asc' },
    select: { courseId: true, audience: true, targetPercent: true, course: { select: { title: true, slug: true } } },
  },
  activities: {
    orderBy: { position: 'asc' },
    select: { kind: true, title: true, month: true, courseId: true, course: { select: { title: true } } },
  },
} as const;

/** The organisation's administrations (top-level units). */
export const listPlanAdministrations = cache(async (organisationId: string) =>
  db.orgUnit.findMany({
    where: { organisationId, parentId: null },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, path: true, parentId: true, organisationId: true },
  }),
);

/** The administrations whose plans the viewer may make and change. */
export async function listEditableAdministrations(viewer: Viewer) {
  return (await listPlanAdministrations(viewer.organisationId)).filter((unit) => canEditPlanFor(viewer, unit));
}

/**
 * Courses a goal or activity may name: the published courses of the installation's content, by
 * their titles in the reader's language where they have one (`lang` says which), in that order.
 */
export const listPlanCourses = cache(async (locale: Locale = defaultLocale) => {
  const host = await getHostOrganisationId();
  if (!host) return [];
  const rows = await db.course.findMany({
    where: { organisationId: host, status: 'PUBLISHED' },
    select: { id: true, title: true, summary: true, minutes: true, translations: true },
  });
  const order = new Intl.Collator(formatTags[locale]);
  return rows
    .map((row) => {
      const { title, lang } = localizeCourse(row, locale);
      return { id: row.id, title, lang, minutes: row.minutes };
    })
    .sort((a, b) => order.compare(a.title, b.title));
});

/** One plan of the viewer's organisation, or null (also for another organisation's plan). */
export const getPlan = cache(async (viewer: Viewer, id: string) => {
  const plan = await db.competencePlan.findFirst({
    where: { id, organisationId: viewer.organisationId },
    select: planSelect,
  });
  return plan ? { ...plan, canEdit: canEditPlan(viewer, plan) } : null;
});
export type PlanView = NonNullable<Awaited<ReturnType<typeof getPlan>>>;

/** The titles of the courses a plan's goals and activities name, in the reader's language where they have one. */
export function planCourseTitles(plan: Pick<PlanView, 'goals' | 'activities'>, locale: Locale) {
  return courseTitlesIn(
    [...plan.goals.map((g) => g.courseId), ...plan.activities.flatMap((a) => a.courseId ?? [])],
    locale,
  );
}

type Raw = Record<string, unknown>;

/** Completions of the administration's active people up to `end`, with the course's length. */
async function queryCompletions(organisationId: string, path: string, end: Date): Promise<PlanCompletion[]> {
  const rows = await db.$queryRaw<Raw[]>`
    SELECT c."userId" AS "userId", c."courseId" AS "courseId", co.minutes AS minutes, c."completedAt" AS "completedAt"
    FROM "CourseCompletion" c
    JOIN "User" u ON u.id = c."userId"
    JOIN "OrgUnit" ou ON ou.id = u."unitId"
    JOIN "Course" co ON co.id = c."courseId"
    WHERE c."organisationId" = ${organisationId} AND u.active = ${true}
      AND ou.path LIKE ${`${path}%`} AND c."completedAt" < ${sqlTime(end)}`;
  return rows.map((r) => ({
    userId: String(r.userId),
    courseId: String(r.courseId),
    minutes: Number(r.minutes),
    completedAt: sqlDate(r.completedAt as Date | string),
  }));
}

type FollowUpPlan = Pick<PlanView, 'organisationId' | 'year' | 'hoursPerEmployee' | 'goals'> & {
  unit: { path: string };
};

/** The plan's follow-up as of `now`: hours in the year and each goal, every figure protected. */
export async function loadPlanFollowUp(plan: FollowUpPlan, now = new Date()): Promise<PlanFollowUp<PlanGoal>> {
  return (await loadPlanFollowUps([plan], now))[0]!;
}

/**
 * The follow-up of several plans of one organisation and year, in the plans' order, from one read of
 * the people, completions and attendance under their administrations (not four queries per plan).
 */
export async function loadPlanFollowUps(
  plans: readonly FollowUpPlan[],
  now = new Date(),
): Promise<PlanFollowUp<PlanGoal>[]> {
  const first = plans[0];
  if (!first) return [];
  if (plans.some((p) => p.organisationId !== first.organisationId || p.year !== first.year))
    throw new Error('loadPlanFollowUps takes plans of one organisation and year');
  const year = planYearWindow(first.year);
  // Paths are prefixes of their units' paths: the common prefix covers every plan's people.
  const prefix = plans.map((p) => p.unit.path).reduce(commonPrefix);
  const inUnits = { organisationId: first.organisationId, active: true, unit: { path: { startsWith: prefix } } };
  const [people, completions, attended, protection] = await Promise.all([
    db.user.findMany({
      where: inUnits,
      select: { id: true, unitId: true, gender: true, audience: true, unit: { select: { path: true } } },
    }),
    queryCompletions(first.organisationId, prefix, year.end),
    db.sessionAttendance.findMany({
      where: {
        organisationId: first.organisationId,
        user: inUnits,
        session: { cancelledAt: null, startsAt: { lt: year.end } },
      },
      select: { userId: true, session: { select: { courseId: true, minutes: true, startsAt: true } } },
    }),
    protectionFor(first.organisationId),
  ]);
  return plans.map((plan) => {
    const theirs = people.filter((p) => p.unit?.path.startsWith(plan.unit.path));
    const ids = new Set(theirs.map((p) => p.id));
    const goals: PlanGoal[] = plan.goals.map((g) => ({
      courseId: g.courseId,
      courseTitle: g.course.title,
      audience: g.audience,
      targetPercent: g.targetPercent,
    }));
    const atoms = followUpAtoms({
      people: theirs,
      completions: completions.filter((c) => ids.has(c.userId)),
      attendance: attended.filter((a) => ids.has(a.userId)).map((a) => ({ userId: a.userId, ...a.session })),
      goals,
      year,
      cutoff: now < year.end ? now : year.end,
    });
    return planFollowUp({
      atoms,
      protection,
      goals,
      hoursPerEmployee: plan.hoursPerEmployee,
      gone: yearGone(year, now),
    });
  });
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

export type PlanRow = {
  unit: { id: string; name: string };
  canEdit: boolean;
  plan: {
    id: string;
    hoursPerEmployee: number | null;
    budgetKronor: number | null;
    decisionReference: string;
    goals: number;
    /** Goals whose figure for everyone is shown, and how many of those are reached. */
    shown: number;
    reached: number;
  } | null;
};

/** One row per administration for the year: its plan (if any) and how far its goals have come. */
export async function listPlansForYear(viewer: Viewer, year: number, now = new Date()): Promise<PlanRow[]> {
  const [units, plans] = await Promise.all([
    listPlanAdministrations(viewer.organisationId),
    db.competencePlan.findMany({ where: { organisationId: viewer.organisationId, year }, select: planSelect }),
  ]);
  const withGoals = plans.filter((p) => p.goals.length > 0);
  const followUps = new Map(
    (await loadPlanFollowUps(withGoals, now)).map((followUp, i) => [withGoals[i]!.id, followUp]),
  );
  return units.map((unit) => {
    const plan = plans.find((p) => p.unit.id === unit.id);
    const row = { unit: { id: unit.id, name: unit.name }, canEdit: canEditPlanFor(viewer, unit) };
    if (!plan) return { ...row, plan: null };
    const followUp = followUps.get(plan.id) ?? { goals: [] };
    const shown = followUp.goals.filter((g) => g.reached !== null);
    return {
      ...row,
      plan: {
        id: plan.id,
        hoursPerEmployee: plan.hoursPerEmployee,
        budgetKronor: plan.budgetKronor,
        decisionReference: plan.decisionReference,
        goals: plan.goals.length,
        shown: shown.length,
        reached: shown.filter((g) => g.reached).length,
      },
    };
  });
}
