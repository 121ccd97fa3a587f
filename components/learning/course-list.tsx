import Link from 'next/link';
import type { CourseCard } from '@/lib/data/learning';
import { courseProgress } from '@/lib/learning/progress';
import { ProgressBar } from './progress-bar';
import { counted } from '@/lib/counted';

/** The courses of a path in order, with the learner's progress when signed in. */
export function CourseList({ courses, completed }: { courses: CourseCard[]; completed: Set<string> | null }) {
  return (
    <ol className="space-y-3">
      {courses.map((course, index) => {
        const progress = courseProgress(course.lessons, completed ?? new Set());
        return (
          <li key={course.id} className="rounded-lg border border-slate-200 p-4">
            <h3 className="font-semibold">
              <span className="mr-2 text-slate-600">{index + 1}.</span>
              <Link href={`/kurser/${course.slug}`}>{course.title}</Link>
              {progress.complete ? (
                <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-sm font-medium text-green-900">Klar</span>
              ) : null}
            </h3>
            <p className="mt-1 text-slate-700">{course.summary}</p>
            <p className="mt-1 text-sm text-slate-600">
              {counted(course.lessons.length, 'lektion', 'lektioner')} · cirka {course.minutes} minuter
            </p>
            {completed ? (
              <ProgressBar done={progress.done} total={progress.total} label="Hur långt du har kommit" />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
