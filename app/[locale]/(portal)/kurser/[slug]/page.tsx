import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Markdown } from '@/components/content/markdown';
import { CourseEvaluation } from '@/components/learning/course-evaluation';
import { ProgressBar } from '@/components/learning/progress-bar';
import { SignInToStart } from '@/components/learning/sign-in-to-start';
import { PageHeader } from '@/components/ui/page-header';
import { getViewer } from '@/lib/auth/guards';
import { hasDiscussionGuide } from '@/lib/data/discussion-guides';
import { getCourseIn } from '@/lib/data/learning';
import { completedLessonIds } from '@/lib/data/progress';
import type { Locale } from '@/lib/i18n/config';
import { courseProgress } from '@/lib/learning/progress';
import { passageLang } from '@/lib/i18n/passage';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const course = await getCourseIn((await params).slug, (await getLocale()) as Locale);
  return { title: course?.title ?? (await getTranslations('course'))('title') };
}

export default async function CoursePage({ params }: Props) {
  const locale = (await getLocale()) as Locale;
  const course = await getCourseIn((await params).slug, locale);
  if (!course) notFound();
  const [viewer, t, tp] = await Promise.all([getViewer(), getTranslations('course'), getTranslations('paths')]);
  const completed = viewer
    ? await completedLessonIds(
        viewer.id,
        course.lessons.map((l) => l.id),
      )
    : new Set<string>();
  const progress = courseProgress(course.lessons, completed);
  const start = progress.next ?? course.lessons[0];
  // The course's own texts are in its language: marked when that is not the page's.
  const written = passageLang(locale, course.lang);
  return (
    <>
      <PageHeader title={course.title} lead={course.summary} lang={written}>
        {written ? <p className="mt-2 text-sm text-slate-700">{t('onlySwedish')}</p> : null}
        <p className="mt-2 text-sm text-slate-600">
          {tp('courseFacts', { lessons: course.lessons.length, minutes: course.minutes })}
        </p>
        {viewer ? <ProgressBar done={progress.done} total={progress.total} label={tp('progress')} /> : null}
        {start && viewer ? (
          <p className="mt-4">
            <Link href={`/kurser/${course.slug}/${start.slug}`} className="btn-primary no-underline hover:text-white">
              {progress.complete ? t('again') : progress.done > 0 ? t('continue') : t('start')}
            </Link>
          </p>
        ) : start ? (
          <SignInToStart href={`/kurser/${course.slug}/${start.slug}`} />
        ) : null}
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="about-course">
          <h2 id="about-course" className="mb-2 text-xl font-semibold">
            {t('about')}
          </h2>
          <div lang={written}>
            <Markdown source={course.description} />
          </div>
          {hasDiscussionGuide(course.slug) ? (
            <p className="mt-6">
              <Link href={`/kurser/${course.slug}/samtalsguide`}>{t('discussionGuide')}</Link>
            </p>
          ) : null}
        </section>
        <nav aria-labelledby="lessons-heading">
          <h2 id="lessons-heading" className="mb-2 text-xl font-semibold">
            {t('lessons')}
          </h2>
          <ol className="space-y-2">
            {course.lessons.map((lesson) => (
              <li key={lesson.id} className="flex items-start gap-2">
                <span aria-hidden="true" className="w-5 text-green-800">
                  {completed.has(lesson.id) ? '✓' : ''}
                </span>
                <span>
                  <Link href={`/kurser/${course.slug}/${lesson.slug}`} lang={passageLang(locale, lesson.lang)}>
                    {lesson.title}
                  </Link>
                  <span className="block text-sm text-slate-600">
                    {t(`kind.${lesson.kind}`)}
                    {completed.has(lesson.id) ? ` · ${t('lessonDone')}` : ''}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </nav>
      </div>
      {viewer ? <CourseEvaluation userId={viewer.id} course={course} /> : null}
    </>
  );
}
