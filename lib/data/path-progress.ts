import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Audience } from '@/lib/audiences';
import { groupBy, inChunks } from '@/lib/collections';
import { getHostOrganisationId } from './host';

// How far people have come in their learning paths ("3 av 5 kurser i lärvägen"), for /min-sida,
// the manager's team view and a person's follow-up page. A person's paths are the one for their
// audience, any path assigned to them (not withdrawn) and any path they have completed. Counted
// in four queries for any number of people; the path's published courses are what counts.

export type PathProgress = {
  pathId: string;
  title: string;
  audience: Audience;
  done: number;
  total: number;
  /** Set when the path certificate was written; `revoked` when an administrator took it back. */
  completedAt: Date | null;
  revoked: boolean;
};

const pathsWithCourses = cache(async () => {
  const hostId = await getHostOrganisationId();
  if (!hostId) return [];
  const paths = await db.learningPath.findMany({
    where: { organisationId: hostId },
    select: {
      id: true,
      title: true,
      audience: true,
      courses: { where: { course: { status: 'PUBLISHED' } }, select: { courseId: true } },
    },
  });
  return paths.map((p) => ({ ...p, courseIds: p.courses.map((c) => c.courseId) }));
});

/** Each person's paths with progress, their own audience's path first. */
export async function pathProgressFor(
  people: readonly { id: string; audience: Audience }[],
): Promise<Map<string, PathProgress[]>> {
  const paths = await pathsWithCourses();
  const result = new Map<string, PathProgress[]>();
  if (paths.length === 0 || people.length === 0) return result;
  const ids = people.map((p) => p.id);
  const pathIds = paths.map((p) => p.id);
  const courseIds = [...new Set(paths.flatMap((p) => p.courseIds))];
  const [assigned, completions, pathCompletions] = await Promise.all([
    inChunks(ids, (batch) =>
      db.assignment.findMany({
        where: { userId: { in: batch }, pathId: { in: pathIds }, withdrawnAt: null },
        select: { userId: true, pathId: true },
      }),
    ),
    inChunks(ids, (batch) =>
      db.courseCompletion.findMany({
        where: { userId: { in: batch }, courseId: { in: courseIds }, revokedAt: null },
        select: { userId: true, courseId: true },
      }),
    ),
    inChunks(ids, (batch) =>
      db.pathCompletion.findMany({
        where: { userId: { in: batch }, pathId: { in: pathIds } },
        select: { userId: true, pathId: true, completedAt: true, revokedAt: true },
      }),
    ),
  ]);
  const assignedBy = groupBy(assigned, (a) => a.userId);
  const doneBy = groupBy(completions, (c) => c.userId);
  const completedBy = groupBy(pathCompletions, (c) => c.userId);
  for (const person of people) {
    const theirs = new Set((assignedBy.get(person.id) ?? []).map((a) => a.pathId));
    const completed = new Map((completedBy.get(person.id) ?? []).map((c) => [c.pathId, c]));
    const done = new Set((doneBy.get(person.id) ?? []).map((c) => c.courseId));
    const progress = paths
      .filter((p) => p.audience === person.audience || theirs.has(p.id) || completed.has(p.id))
      .map((p): PathProgress => {
        const completion = completed.get(p.id);
        return {
          pathId: p.id,
          title: p.title,
          audience: p.audience,
          done: p.courseIds.filter((id) => done.has(id)).length,
          total: p.courseIds.length,
          completedAt: completion?.completedAt ?? null,
          revoked: Boolean(completion?.revokedAt),
        };
      })
      .sort(
        (a, b) =>
          Number(b.audience === person.audience) - Number(a.audience === person.audience) ||
          a.title.localeCompare(b.title, 'sv'),
      );
    result.set(person.id, progress);
  }
  return result;
}

/** The signed-in person's paths, for /min-sida. */
export const getMyPaths = cache(async (userId: string, audience: Audience) => {
  const progress = await pathProgressFor([{ id: userId, audience }]);
  return progress.get(userId) ?? [];
});
