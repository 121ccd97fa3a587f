import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { sqlDate } from './sql-time';
import { courseProgress, type CourseProgress } from '@/lib/learning/progress';

export type MyCourse = {
  courseId: string;
  slug: string;
  title: string;
  progress: CourseProgress;
  dueAt: Date | null;
  assigned: boolean;
  overdue: boolean;
  lastActivity: Date | null;
};

/** An assignment a manager took back: shown with when and why, so the person is not left wondering. */
export type MyWithdrawal = { courseId: string; slug: string; title: string; withdrawnAt: Date; reason: string | null };

export type MyCompletion = {
  courseId: string;
  slug: string;
  title: string;
  completedAt: Date;
  certificateNo: string;
  /** Set when an administrator revoked the certificate: it can no longer be downloaded. */
  revokedAt: Date | null;
};

type LessonRow = {
  courseId: string;
  courseSlug: string;
  title: string;
  dueAt: Date | string | null;
  assigned: boolean | number | bigint;
  lessonId: string | null;
  lessonSlug: string | null;
  position: number | bigint | null;
  doneAt: Date | string | null;
};
type CompletionRow = {
  courseId: string;
  slug: string;
  title: string;
  completedAt: Date | string;
  certificateNo: string;
  revokedAt: Date | string | null;
};

/**
 * Everything /min-sida shows, in three queries whatever the number of courses: the current lessons
 * of every published course the person is assigned or has started, each with the person's
 * progress, their completions and their withdrawn assignments. (As Prisma relations these were eight queries, a third of
 * the page's time.)
 */
export const getMyLearning = cache(async (userId: string, now = new Date()) => {
  const [rows, completions, withdrawals] = await Promise.all([
    // A withdrawn assignment is not joined: its course shows only if the person has started it.
    db.$queryRaw<LessonRow[]>`
      SELECT c.id AS "courseId", c.slug AS "courseSlug", c.title AS title, a."dueAt" AS "dueAt", a."userId" IS NOT NULL AS assigned,
        l.id AS "lessonId", l.slug AS "lessonSlug", l.position AS position, lp."completedAt" AS "doneAt"
      FROM "Course" c
      LEFT JOIN "Assignment" a ON a."courseId" = c.id AND a."userId" = ${userId} AND a."withdrawnAt" IS NULL
      LEFT JOIN "Lesson" l ON l."courseId" = c.id AND l."removedAt" IS NULL
      LEFT JOIN "LessonProgress" lp ON lp."lessonId" = l.id AND lp."userId" = ${userId}
      WHERE c.status = 'PUBLISHED' AND (a."userId" IS NOT NULL OR c.id IN (
        SELECT l2."courseId" FROM "LessonProgress" p2 JOIN "Lesson" l2 ON l2.id = p2."lessonId" WHERE p2."userId" = ${userId}))`,
    db.$queryRaw<CompletionRow[]>`
      SELECT cc."courseId" AS "courseId", c.slug AS slug, c.title AS title, cc."completedAt" AS "completedAt", cc."certificateNo" AS "certificateNo",
        cc."revokedAt" AS "revokedAt"
      FROM "CourseCompletion" cc JOIN "Course" c ON c.id = cc."courseId"
      WHERE cc."userId" = ${userId}
      ORDER BY cc."completedAt" DESC`,
    db.assignment.findMany({
      where: { userId, withdrawnAt: { not: null }, course: { status: 'PUBLISHED' } },
      orderBy: { withdrawnAt: 'desc' },
      select: {
        courseId: true,
        withdrawnAt: true,
        withdrawReason: true,
        course: { select: { slug: true, title: true } },
      },
    }),
  ]);
  const byCourse = new Map<
    string,
    {
      id: string;
      slug: string;
      title: string;
      dueAt: Date | null;
      assigned: boolean;
      lessons: { id: string; slug: string; position: number }[];
    }
  >();
  const done = new Set<string>();
  const lastActivity = new Map<string, Date>();
  for (const r of rows) {
    let course = byCourse.get(r.courseId);
    if (!course) {
      course = {
        id: r.courseId,
        slug: r.courseSlug,
        title: r.title,
        dueAt: r.dueAt === null ? null : sqlDate(r.dueAt),
        assigned: Boolean(r.assigned),
        lessons: [],
      };
      byCourse.set(r.courseId, course);
    }
    if (r.lessonId === null || r.lessonSlug === null) continue;
    course.lessons.push({ id: r.lessonId, slug: r.lessonSlug, position: Number(r.position) });
    if (r.doneAt === null) continue;
    done.add(r.lessonId);
    const at = sqlDate(r.doneAt);
    const prev = lastActivity.get(r.courseId);
    if (!prev || at > prev) lastActivity.set(r.courseId, at);
  }
  const active: MyCourse[] = [...byCourse.values()].map((c) => {
    const p = courseProgress(c.lessons, done);
    return {
      courseId: c.id,
      slug: c.slug,
      title: c.title,
      progress: p,
      dueAt: c.dueAt,
      assigned: c.assigned,
      overdue: !p.complete && c.dueAt !== null && c.dueAt < now,
      lastActivity: lastActivity.get(c.id) ?? null,
    };
  });
  const completed: MyCompletion[] = completions.map((c) => ({
    ...c,
    completedAt: sqlDate(c.completedAt),
    revokedAt: c.revokedAt === null ? null : sqlDate(c.revokedAt),
  }));
  const inProgress = active.filter((c) => !c.progress.complete);
  const continueWith =
    [...inProgress]
      .filter((c) => c.lastActivity)
      .sort((a, b) => b.lastActivity!.getTime() - a.lastActivity!.getTime())[0] ?? null;
  return {
    inProgress: inProgress.sort(
      (a, b) =>
        (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title, 'sv'),
    ),
    completed,
    continueWith,
    withdrawn: withdrawals.map((w): MyWithdrawal => ({
      courseId: w.courseId,
      slug: w.course.slug,
      title: w.course.title,
      withdrawnAt: w.withdrawnAt!,
      reason: w.withdrawReason,
    })),
  };
});
