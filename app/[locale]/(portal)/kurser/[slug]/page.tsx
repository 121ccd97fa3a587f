import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Markdown } from '@/components/content/markdown';
import { CourseEvaluation } from '@/components/learning/course-evaluation';
import { ProgressBar } from '@/components/learning/progress-bar';
import { SignInToStart } from '@/components/learning/sign-in-to-start';
import { PageHeader } from '@/components/ui/page-header';
import { getViewer } from '@/lib/auth/guards';
import { hasDiscussionGuide } from '@/lib/data/discussion-guides';
import { getPublishedCourse } from '@/lib/data/learning';
import { completedLessonIds } from '@/lib/data/progress';
import { lessonKindLabels } from '@/lib/labels';
import { courseProgress } from '@/lib/learning/progress';
import { counted } from '@/lib/counted';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getPublishedCourse((await params).slug))?.title ?? 'Kurs' };
}

export default async function CoursePage({ params }: Props) {
  const course = await getPublishedCourse((await params).slug);
  if (!course) notFound();
  const viewer = await getViewer();
  const completed = viewer
    ? await completedLessonIds(
        viewer.id,
        course.lessons.map((l) => l.id),
      )
    : new Set<string>();
  const progress = courseProgress(course.lessons, completed);
  const start = progress.next ?? course.lessons[0];
  return (
    <>
      <PageHeader title={course.title} lead={course.summary}>
        <p className="mt-2 text-sm text-slate-600">
          {counted(course.lessons.length, 'lektion', 'lektioner')} · cirka {course.minutes} minuter
        </p>
        {viewer ? <ProgressBar done={progress.done} total={progress.total} label="Hur långt du har kommit" /> : null}
        {start && viewer ? (
          <p className="mt-4">
            <Link href={`/kurser/${course.slug}/${start.slug}`} className="btn-primary no-underline hover:text-white">
              {progress.complete
                ? 'Gå igenom kursen igen'
                : progress.done > 0
                  ? 'Fortsätt där du slutade'
                  : 'Börja kursen'}
            </Link>
          </p>
        ) : start ? (
          <SignInToStart href={`/kurser/${course.slug}/${start.slug}`} />
        ) : null}
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="about-course">
          <h2 id="about-course" className="mb-2 text-xl font-semibold">
            Om kursen
          </h2>
          <Markdown source={course.description} />
          {hasDiscussionGuide(course.slug) ? (
            <p className="mt-6">
              <Link href={`/kurser/${course.slug}/samtalsguide`}>Samtalsguide för en arbetsplatsträff</Link>
            </p>
          ) : null}
        </section>
        <nav aria-labelledby="lessons-heading">
          <h2 id="lessons-heading" className="mb-2 text-xl font-semibold">
            Lektioner
          </h2>
          <ol className="space-y-2">
            {course.lessons.map((lesson) => (
              <li key={lesson.id} className="flex items-start gap-2">
                <span aria-hidden="true" className="w-5 text-green-800">
                  {completed.has(lesson.id) ? '✓' : ''}
                </span>
                <span>
                  <Link href={`/kurser/${course.slug}/${lesson.slug}`}>{lesson.title}</Link>
                  <span className="block text-sm text-slate-600">
                    {lessonKindLabels[lesson.kind]}
                    {completed.has(lesson.id) ? ' · klar' : ''}
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
