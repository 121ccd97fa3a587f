import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CourseList } from '@/components/learning/course-list';
import { PageHeader } from '@/components/ui/page-header';
import { audienceOrder, audienceToKey } from '@/lib/audiences';
import { getViewer } from '@/lib/auth/guards';
import { listPathsIn } from '@/lib/data/learning';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { completedLessonIds } from '@/lib/data/progress';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('paths'))('title') };
}

export default async function PathsPage() {
  const locale = (await getLocale()) as Locale;
  const [viewer, paths, t] = await Promise.all([getViewer(), listPathsIn(locale), getTranslations('paths')]);
  // A signed-in person sees their own path first.
  const order = viewer ? [viewer.audience, ...audienceOrder.filter((a) => a !== viewer.audience)] : audienceOrder;
  const sorted = order.map((a) => paths.find((p) => p.audience === a)).filter((p) => p !== undefined);
  const lessonIds = paths.flatMap((p) => p.courses.flatMap((c) => c.lessons.map((l) => l.id)));
  const completed = viewer ? await completedLessonIds(viewer.id, lessonIds) : null;
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="space-y-10">
        {sorted.map((path) => (
          <section key={path.id} aria-labelledby={`path-${path.audience}`}>
            <h2 id={`path-${path.audience}`} className="text-2xl font-semibold">
              <Link href={`/larvagar/${audienceToKey[path.audience]}`} lang={passageLang(locale, path.lang)}>
                {path.title}
              </Link>
              {viewer?.audience === path.audience ? (
                <span className="ml-3 align-middle text-base font-normal text-brand-700">{t('yours')}</span>
              ) : null}
            </h2>
            <p className="mb-4 mt-2 max-w-3xl text-slate-700" lang={passageLang(locale, path.lang)}>
              {path.summary}
            </p>
            <CourseList courses={path.courses} completed={completed} />
          </section>
        ))}
      </div>
    </>
  );
}
