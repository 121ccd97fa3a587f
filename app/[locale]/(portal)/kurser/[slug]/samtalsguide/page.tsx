import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DiscussionGuideView } from '@/components/discussion-guide/discussion-guide';
import { getDiscussionGuide } from '@/lib/data/discussion-guides';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await getDiscussionGuide((await params).slug);
  return { title: guide ? `Samtalsguide: ${guide.course.title}` : 'Samtalsguide' };
}

/** The discussion guide for leading a course together at a workplace meeting; public like the course page. */
export default async function DiscussionGuidePage({ params }: Props) {
  const guide = await getDiscussionGuide((await params).slug);
  if (!guide) notFound();
  return (
    <>
      <p className="mb-2 text-sm print:hidden">
        <Link href={`/kurser/${guide.course.slug}`}>{guide.course.title}</Link> · Samtalsguide
      </p>
      <DiscussionGuideView guide={guide}>
        <p>
          Skriv ut sidan med webbläsarens utskriftsfunktion (Ctrl + P, på Mac Cmd + P), eller ladda ner den som PDF.
        </p>
        <p className="mt-2">
          <a href={`/kurser/${guide.course.slug}/samtalsguide.pdf`} download>
            Ladda ner som PDF (A4)
          </a>
        </p>
      </DiscussionGuideView>
    </>
  );
}
