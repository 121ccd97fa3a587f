import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Audience } from '@/lib/audiences';
import { canManageRule, type Viewer } from '@/lib/auth/permissions';

export type RuleSummary = {
  id: string;
  /** Null for a rule on the whole organisation; `unitRemoved` when its unit no longer exists. */
  unitName: string | null;
  unitRemoved: boolean;
  includeSubunits: boolean;
  audience: Audience | null;
  /** The course's or path's id, for its title in the reader's language. */
  itemId: string;
  /** Null when the course or path no longer exists. */
  itemTitle: string | null;
  itemKind: 'course' | 'path';
  dueDays: number;
  createdAt: Date;
  createdBy: string | null;
};

/** The rules in force that the viewer may manage: all of them for strategists and admins, otherwise those on their units. */
export const listRules = cache(async (viewer: Viewer): Promise<RuleSummary[]> => {
  const rules = await db.assignmentRule.findMany({
    where: { organisationId: viewer.organisationId, removedAt: null },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      unitId: true,
      includeSubunits: true,
      audience: true,
      courseId: true,
      pathId: true,
      dueDays: true,
      createdAt: true,
      createdById: true,
    },
  });
  const [units, courses, paths, people] = await Promise.all([
    db.orgUnit.findMany({
      where: { organisationId: viewer.organisationId, id: { in: rules.flatMap((r) => (r.unitId ? [r.unitId] : [])) } },
      select: { id: true, name: true, path: true, organisationId: true },
    }),
    db.course.findMany({
      where: { id: { in: rules.flatMap((r) => (r.courseId ? [r.courseId] : [])) } },
      select: { id: true, title: true },
    }),
    db.learningPath.findMany({
      where: { id: { in: rules.flatMap((r) => (r.pathId ? [r.pathId] : [])) } },
      select: { id: true, title: true },
    }),
    db.user.findMany({
      where: {
        organisationId: viewer.organisationId,
        id: { in: rules.flatMap((r) => (r.createdById ? [r.createdById] : [])) },
      },
      select: { id: true, name: true },
    }),
  ]);
  const unit = new Map(units.map((u) => [u.id, u]));
  const title = new Map([...courses, ...paths].map((c) => [c.id, c.title]));
  const name = new Map(people.map((p) => [p.id, p.name]));
  return rules
    .filter((r) => canManageRule(viewer, r.unitId ? (unit.get(r.unitId) ?? null) : null))
    .map((r) => ({
      id: r.id,
      unitName: r.unitId ? (unit.get(r.unitId)?.name ?? null) : null,
      unitRemoved: r.unitId !== null && !unit.has(r.unitId),
      includeSubunits: r.includeSubunits,
      audience: r.audience as Audience | null,
      itemId: (r.courseId ?? r.pathId)!,
      itemTitle: title.get((r.courseId ?? r.pathId)!) ?? null,
      itemKind: r.courseId ? 'course' : 'path',
      dueDays: r.dueDays,
      createdAt: r.createdAt,
      createdBy: r.createdById ? (name.get(r.createdById) ?? null) : null,
    }));
});
