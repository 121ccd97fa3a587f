import 'server-only';
import { newCertificateNo } from '@/lib/certificates/code';
import { chunks } from '@/lib/collections';
import type { Tx } from './tx';

// A learning path is complete when the person has completed every published course in it: the
// path for their own audience, and any path assigned to them. Called inside the transaction that
// writes a course completion (lessons in lib/data/progress.ts, a group session's attendance), so a
// path completion is never written without the course completion that finished it, and only once
// (unique per person and path). A revoked course certificate no longer counts towards a path.

type Completing = { organisationId: string; userIds: readonly string[]; courseId: string; completedAt?: Date };

const pathSelect = {
  id: true,
  audience: true,
  courses: { where: { course: { status: 'PUBLISHED' } }, select: { courseId: true } },
} as const;

type PathCourses = { id: string; audience: string | null; courses: { courseId: string }[] };

/** Writes the path completions the course completion of `courseId` finished; returns how many. */
export async function completePaths(tx: Tx, o: Completing): Promise<number> {
  if (o.userIds.length === 0) return 0;
  // Only a path that holds this course can have been finished by it.
  const paths = await tx.learningPath.findMany({
    where: { courses: { some: { courseId: o.courseId } } },
    select: pathSelect,
  });
  return writeFinished(tx, { ...o, paths, given: null });
}

/**
 * A path was just assigned: whoever has already completed all its courses has finished it now,
 * rather than only when some later completion happens to look at it.
 */
export async function completeAssignedPath(
  tx: Tx,
  o: { organisationId: string; userIds: readonly string[]; pathId: string },
): Promise<number> {
  if (o.userIds.length === 0) return 0;
  const paths = await tx.learningPath.findMany({ where: { id: o.pathId }, select: pathSelect });
  let written = 0;
  // A rule can give a path to thousands at once: the IN lists stay within what the engines accept.
  for (const userIds of chunks(o.userIds))
    written += await writeFinished(tx, { organisationId: o.organisationId, userIds, paths, given: o.pathId });
  return written;
}

async function writeFinished(
  tx: Tx,
  o: Omit<Completing, 'courseId'> & { paths: PathCourses[]; given: string | null },
): Promise<number> {
  const { paths } = o;
  if (paths.length === 0) return 0;
  const userIds = [...o.userIds];
  const pathIds = paths.map((p) => p.id);
  const courseIds = [...new Set(paths.flatMap((p) => p.courses.map((c) => c.courseId)))];
  const [people, assigned, completions, existing] = await Promise.all([
    tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, audience: true } }),
    // A withdrawn path is no longer theirs (unless it is their own audience's).
    tx.assignment.findMany({
      where: { userId: { in: userIds }, pathId: { in: pathIds }, withdrawnAt: null },
      select: { userId: true, pathId: true },
    }),
    tx.courseCompletion.findMany({
      where: { userId: { in: userIds }, courseId: { in: courseIds }, revokedAt: null },
      select: { userId: true, courseId: true },
    }),
    tx.pathCompletion.findMany({
      where: { userId: { in: userIds }, pathId: { in: pathIds } },
      select: { userId: true, pathId: true },
    }),
  ]);
  const key = (userId: string, id: string) => `${userId}|${id}`;
  const theirs = new Set(assigned.map((a) => key(a.userId, a.pathId!)));
  const done = new Set(completions.map((c) => key(c.userId, c.courseId)));
  const have = new Set(existing.map((e) => key(e.userId, e.pathId)));
  const rows = people.flatMap((person) =>
    paths
      .filter(
        (p) =>
          (p.audience === person.audience || p.id === o.given || theirs.has(key(person.id, p.id))) &&
          p.courses.length > 0 &&
          !have.has(key(person.id, p.id)) &&
          p.courses.every((c) => done.has(key(person.id, c.courseId))),
      )
      .map((p) => ({
        organisationId: o.organisationId,
        userId: person.id,
        pathId: p.id,
        certificateNo: newCertificateNo(o.completedAt),
        ...(o.completedAt ? { completedAt: o.completedAt } : {}),
      })),
  );
  if (rows.length > 0) await tx.pathCompletion.createMany({ data: rows });
  return rows.length;
}

/**
 * A course completion was taken back (attendance corrected): the path completions it had finished
 * go with it. Paths the course is not part of, and other people, are left alone.
 */
export async function takeBackPaths(tx: Tx, o: { userIds: readonly string[]; courseId: string }): Promise<void> {
  if (o.userIds.length === 0) return;
  await tx.pathCompletion.deleteMany({
    where: { userId: { in: [...o.userIds] }, path: { courses: { some: { courseId: o.courseId } } } },
  });
}
