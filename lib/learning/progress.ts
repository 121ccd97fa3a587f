// Pure progress rules. A course is complete when every lesson that still belongs to it is
// complete; lessons removed from a course keep their progress rows but no longer count.
export type LessonRef = { id: string; slug: string; position: number; removed?: boolean };

export type CourseProgress = {
  done: number;
  total: number;
  percent: number;
  complete: boolean;
  /** The first lesson not yet done (in order), or null when all are done. */
  next: LessonRef | null;
};

export function courseProgress(lessons: readonly LessonRef[], completed: ReadonlySet<string>): CourseProgress {
  const current = lessons.filter((l) => !l.removed).sort((a, b) => a.position - b.position);
  const done = current.filter((l) => completed.has(l.id)).length;
  const total = current.length;
  return {
    done,
    total,
    percent: total === 0 ? 0 : Math.round((done / total) * 100),
    complete: total > 0 && done === total,
    next: current.find((l) => !completed.has(l.id)) ?? null,
  };
}

/** Previous and next lesson around `slug`, for reading lessons in order. */
export function neighbours<T extends LessonRef>(
  lessons: readonly T[],
  slug: string,
): { previous: T | null; next: T | null } {
  const current = lessons.filter((l) => !l.removed).sort((a, b) => a.position - b.position);
  const index = current.findIndex((l) => l.slug === slug);
  if (index === -1) return { previous: null, next: null };
  return { previous: current[index - 1] ?? null, next: current[index + 1] ?? null };
}
