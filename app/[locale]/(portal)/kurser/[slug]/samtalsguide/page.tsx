import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DiscussionGuideView } from '@/components/discussion-guide/discussion-guide';
import { getDiscussionGuide } from '@/lib/data/discussion-guides';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [guide, t] = await Promise.all([getDiscussionGuide((await params).slug), getTranslations('discussionGuide')]);
  return { title: guide ? t('metaTitle', { course: guide.course.title }) : t('name') };
}

/** The discussion guide for leading a course together at a workplace meeting; public like the course page. */
export default async function DiscussionGuidePage({ params }: Props) {
  const [guide, t, locale] = await Promise.all([
    getDiscussionGuide((await params).slug),
    getTranslations('discussionGuide'),
    getLocale(),
  ]);
  if (!guide) notFound();
  return (
    <>
      <p className="mb-2 text-sm print:hidden">
        <Link href={`/kurser/${guide.course.slug}`} lang={passageLang(locale as Locale)}>
          {guide.course.title}
        </Link>{' '}
        · {t('name')}
      </p>
      <DiscussionGuideView guide={guide}>
        <p>{t('printHint')}</p>
        <p className="mt-2">
          <a href={`/kurser/${guide.course.slug}/samtalsguide.pdf`} download>
            {t('downloadPdf')}
          </a>
        </p>
      </DiscussionGuideView>
    </>
  );
}
