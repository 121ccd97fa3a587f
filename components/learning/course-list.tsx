import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { CourseCard } from '@/lib/data/learning';
import { courseProgress } from '@/lib/learning/progress';
import { passageLang } from '@/lib/i18n/passage';
import { ProgressBar } from './progress-bar';

/** The courses of a path in order, with the learner's progress when signed in; each course in its language. */
export function CourseList({ courses, completed }: { courses: CourseCard[]; completed: Set<string> | null }) {
  const t = useTranslations('paths');
  const locale = useLocale();
  return (
    <ol className="space-y-3">
      {courses.map((course, index) => {
        const written = passageLang(locale, course.lang);
        const progress = courseProgress(course.lessons, completed ?? new Set());
        return (
          <li key={course.id} className="rounded-lg border border-slate-200 p-4">
            <h3 className="font-semibold">
              <span className="mr-2 text-slate-600">{index + 1}.</span>
              <Link href={`/kurser/${course.slug}`} lang={written}>
                {course.title}
              </Link>
              {progress.complete ? (
                <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-sm font-medium text-green-900">
                  {t('done')}
                </span>
              ) : null}
            </h3>
            <p className="mt-1 text-slate-700" lang={written}>
              {course.summary}
            </p>
            <p className="mt-1 text-sm text-slate-600">
              {t('courseFacts', { lessons: course.lessons.length, minutes: course.minutes })}
            </p>
            {completed ? <ProgressBar done={progress.done} total={progress.total} label={t('progress')} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
