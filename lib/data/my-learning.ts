import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
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

export type MyCompletion = { courseId: string; slug: string; title: string; completedAt: Date; certificateNo: string };

/** Everything /min-sida shows, in a fixed number of queries whatever the number of courses. */
export const getMyLearning = cache(async (userId: string, now = new Date()) => {
  const [assignments, progress, completions] = await Promise.all([
    db.assignment.findMany({ where: { userId }, select: { courseId: true, dueAt: true } }),
    db.lessonProgress.findMany({ where: { userId }, select: { completedAt: true, lesson: { select: { courseId: true } } } }),
    db.courseCompletion.findMany({
      where: { userId },
      orderBy: { completedAt: 'desc' },
      select: { courseId: true, completedAt: true, certificateNo: true, course: { select: { slug: true, title: true } } },
    }),
  ]);
  const lastActivity = new Map<string, Date>();
  for (const p of progress) {
    const prev = lastActivity.get(p.lesson.courseId);
    if (!prev || p.completedAt > prev) lastActivity.set(p.lesson.courseId, p.completedAt);
  }
  const courseIds = [...new Set([...assignments.map((a) => a.courseId), ...lastActivity.keys()])];
  const courses = await db.course.findMany({
    where: { id: { in: courseIds }, status: 'PUBLISHED' },
    select: { id: true, slug: true, title: true, lessons: { where: { removedAt: null }, select: { id: true, slug: true, position: true } } },
  });
  const lessonIds = courses.flatMap((c) => c.lessons.map((l) => l.id));
  const done = new Set(
    (await db.lessonProgress.findMany({ where: { userId, lessonId: { in: lessonIds } }, select: { lessonId: true } })).map((r) => r.lessonId),
  );
  const due = new Map(assignments.map((a) => [a.courseId, a.dueAt]));
  const active: MyCourse[] = courses.map((c) => {
    const p = courseProgress(c.lessons, done);
    const dueAt = due.get(c.id) ?? null;
    return {
      courseId: c.id,
      slug: c.slug,
      title: c.title,
      progress: p,
      dueAt,
      assigned: due.has(c.id),
      overdue: !p.complete && dueAt !== null && dueAt < now,
      lastActivity: lastActivity.get(c.id) ?? null,
    };
  });
  const completed: MyCompletion[] = completions.map((c) => ({ courseId: c.courseId, slug: c.course.slug, title: c.course.title, completedAt: c.completedAt, certificateNo: c.certificateNo }));
  const inProgress = active.filter((c) => !c.progress.complete);
  const continueWith = [...inProgress].filter((c) => c.lastActivity).sort((a, b) => b.lastActivity!.getTime() - a.lastActivity!.getTime())[0] ?? null;
  return {
    inProgress: inProgress.sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title, 'sv')),
    completed,
    continueWith,
  };
});
