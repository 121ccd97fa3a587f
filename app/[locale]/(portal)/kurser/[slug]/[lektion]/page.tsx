import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Markdown } from '@/components/content/markdown';
import { CourseEvaluation } from '@/components/learning/course-evaluation';
import { LessonBody } from '@/components/learning/lesson-body';
import { requirePermission } from '@/lib/auth/guards';
import { getCourseIn } from '@/lib/data/learning';
import { completedLessonIds } from '@/lib/data/progress';
import type { Locale } from '@/lib/i18n/config';
import { neighbours } from '@/lib/learning/progress';
import { passageLang } from '@/lib/i18n/passage';

type Props = { params: Promise<{ slug: string; lektion: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lektion } = await params;
  const course = await getCourseIn(slug, (await getLocale()) as Locale);
  const lesson = course?.lessons.find((l) => l.slug === lektion);
  return {
    title: lesson && course ? `${lesson.title} – ${course.title}` : (await getTranslations('course'))('lesson'),
  };
}

export default async function LessonPage({ params }: Props) {
  const { slug, lektion } = await params;
  const viewer = await requirePermission('learning:take', `/kurser/${slug}/${lektion}`);
  const locale = (await getLocale()) as Locale;
  const course = await getCourseIn(slug, locale);
  const lesson = course?.lessons.find((l) => l.slug === lektion);
  if (!course || !lesson) notFound();
  const [completed, t] = await Promise.all([
    completedLessonIds(
      viewer.id,
      course.lessons.map((l) => l.id),
    ),
    getTranslations('course'),
  ]);
  const { previous, next } = neighbours(course.lessons, lesson.slug);
  const ref = { courseId: course.id, lessonId: lesson.id, courseSlug: course.slug, lessonSlug: lesson.slug };
  // The lesson's own texts are in its language: marked when that is not the page's.
  const written = passageLang(locale, lesson.lang);
  return (
    <article>
      <p className="mb-2 text-sm">
        <Link href={`/kurser/${course.slug}`} lang={passageLang(locale, course.lang)}>
          {course.title}
        </Link>{' '}
        · {t('lessonOf', { position: lesson.position, total: course.lessons.length })}
      </p>
      <h1 className="mb-6 text-3xl font-bold tracking-tight" lang={written}>
        {lesson.title}
      </h1>
      {written ? <p className="-mt-4 mb-6 text-sm text-slate-700">{t('lessonOnlySwedish')}</p> : null}
      <div className="space-y-8">
        {lesson.kind === 'READING' || lesson.kind === 'REFLECTION' ? (
          <div lang={written}>
            <Markdown source={lesson.body} />
          </div>
        ) : null}
        <LessonBody lesson={lesson} viewerId={viewer.id} done={completed.has(lesson.id)} lessonRef={ref} />
      </div>
      {/* The moment the last lesson is done, the page is drawn again and offers the evaluation. */}
      {next ? null : <CourseEvaluation userId={viewer.id} course={course} />}
      <nav aria-label={t('lessons')} className="mt-10 flex justify-between gap-4 border-t border-slate-200 pt-4">
        {previous ? (
          <Link href={`/kurser/${course.slug}/${previous.slug}`}>
            ← {t('previous')} <span lang={passageLang(locale, previous.lang)}>{previous.title}</span>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/kurser/${course.slug}/${next.slug}`}>
            {t('next')} <span lang={passageLang(locale, next.lang)}>{next.title}</span> →
          </Link>
        ) : (
          <Link href={`/kurser/${course.slug}`}>{t('overview')}</Link>
        )}
      </nav>
    </article>
  );
}
