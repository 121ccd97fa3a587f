import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Markdown } from '@/components/content/markdown';
import { CourseEvaluation } from '@/components/learning/course-evaluation';
import { LessonBody } from '@/components/learning/lesson-body';
import { requirePermission } from '@/lib/auth/guards';
import { getPublishedCourse } from '@/lib/data/learning';
import { completedLessonIds } from '@/lib/data/progress';
import { neighbours } from '@/lib/learning/progress';

type Props = { params: Promise<{ slug: string; lektion: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lektion } = await params;
  const course = await getPublishedCourse(slug);
  const lesson = course?.lessons.find((l) => l.slug === lektion);
  return { title: lesson && course ? `${lesson.title} – ${course.title}` : 'Lektion' };
}

export default async function LessonPage({ params }: Props) {
  const { slug, lektion } = await params;
  const viewer = await requirePermission('learning:take', `/kurser/${slug}/${lektion}`);
  const course = await getPublishedCourse(slug);
  const lesson = course?.lessons.find((l) => l.slug === lektion);
  if (!course || !lesson) notFound();
  const completed = await completedLessonIds(
    viewer.id,
    course.lessons.map((l) => l.id),
  );
  const { previous, next } = neighbours(course.lessons, lesson.slug);
  const ref = { courseId: course.id, lessonId: lesson.id, courseSlug: course.slug, lessonSlug: lesson.slug };
  return (
    <article>
      <p className="mb-2 text-sm">
        <Link href={`/kurser/${course.slug}`}>{course.title}</Link> · Lektion {lesson.position} av{' '}
        {course.lessons.length}
      </p>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{lesson.title}</h1>
      <div className="space-y-8">
        {lesson.kind === 'READING' || lesson.kind === 'REFLECTION' ? <Markdown source={lesson.body} /> : null}
        <LessonBody lesson={lesson} viewerId={viewer.id} done={completed.has(lesson.id)} lessonRef={ref} />
      </div>
      {/* The moment the last lesson is done, the page is drawn again and offers the evaluation. */}
      {next ? null : <CourseEvaluation userId={viewer.id} course={course} />}
      <nav aria-label="Lektioner" className="mt-10 flex justify-between border-t border-slate-200 pt-4">
        {previous ? (
          <Link href={`/kurser/${course.slug}/${previous.slug}`}>← Föregående: {previous.title}</Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/kurser/${course.slug}/${next.slug}`}>Nästa: {next.title} →</Link>
        ) : (
          <Link href={`/kurser/${course.slug}`}>Till kursöversikten</Link>
        )}
      </nav>
    </article>
  );
}
