import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Markdown } from '@/components/content/markdown';
import { ExampleList } from '@/components/examples/example-list';
import { CourseList } from '@/components/learning/course-list';
import { PlansNote } from '@/components/plans/plans-note';
import { PageHeader } from '@/components/ui/page-header';
import { keyToAudience } from '@/lib/audiences';
import { getViewer } from '@/lib/auth/guards';
import { getPath } from '@/lib/data/learning';
import { listPublishedExamples } from '@/lib/data/learning-examples';
import { completedLessonIds } from '@/lib/data/progress';
import { audienceKey } from '@/lib/validation/content';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

type Props = { params: Promise<{ malgrupp: string }> };

async function load(malgrupp: string) {
  const key = audienceKey.safeParse(malgrupp);
  return key.success ? getPath(keyToAudience[key.data], (await getLocale()) as Locale) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const path = await load((await params).malgrupp);
  return { title: path?.title ?? (await getTranslations('paths'))('path') };
}

export default async function PathPage({ params }: Props) {
  const { malgrupp } = await params;
  const path = await load(malgrupp);
  if (!path) notFound();
  const [viewer, t, locale] = await Promise.all([getViewer(), getTranslations('paths'), getLocale()]);
  // The path's texts are in its language: marked when that is not the page's.
  const written = passageLang(locale as Locale, path.lang);
  // Colleagues' examples for this audience: the organisation's own when signed in, else the public ones.
  const examples = await listPublishedExamples(viewer, { audience: malgrupp }, 3);
  const completed = viewer
    ? await completedLessonIds(
        viewer.id,
        path.courses.flatMap((c) => c.lessons.map((l) => l.id)),
      )
    : null;
  return (
    <>
      <PageHeader title={path.title} lead={path.summary} lang={written} />
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="courses-heading">
          <h2 id="courses-heading" className="mb-4 text-xl font-semibold">
            {t('coursesHeading')}
          </h2>
          <CourseList courses={path.courses} completed={completed} />
          {examples.length > 0 ? (
            <section aria-labelledby="examples-heading" className="mt-10">
              <h2 id="examples-heading" className="mb-4 text-xl font-semibold">
                {t('examplesHeading')}
              </h2>
              <ExampleList examples={examples} headingLevel={3} />
            </section>
          ) : null}
        </section>
        <aside aria-labelledby="about-heading" className="rounded-lg bg-slate-50 p-5">
          <h2 id="about-heading" className="mb-2 text-lg font-semibold">
            {t('aboutHeading')}
          </h2>
          <div lang={written}>
            <Markdown source={path.intro} />
          </div>
          {viewer ? null : <p className="mt-4 text-sm">{t('signInToSave')}</p>}
          {malgrupp === 'politiker' ? <PlansNote /> : null}
        </aside>
      </div>
    </>
  );
}
