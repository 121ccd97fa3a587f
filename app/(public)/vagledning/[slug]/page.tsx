import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { GuideArticle } from '@/components/guidance/guide-article';
import { findGuideRedirect, getPublishedGuide, listPublishedGuides, relatedGuides } from '@/lib/data/guides';
import { log } from '@/lib/log';

// Static pages, regenerated when an editor publishes (revalidatePath in lib/actions/guides.ts).
// The time limit is a backstop for installations with several app instances: each instance has
// its own page cache, and only the one that handled the publish hears about it at once.
export const revalidate = 60;

type Params = Promise<{ slug: string }>;

export async function generateStaticParams() {
  try {
    return (await listPublishedGuides()).map((g) => ({ slug: g.slug }));
  } catch (error) {
    // A build without a reachable, migrated database still succeeds; pages then render on demand.
    log.warn({ err: error }, 'Vägledningen förrenderas inte, sidorna renderas när de efterfrågas');
    return [];
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const guide = await getPublishedGuide(decodeURIComponent((await params).slug));
  return guide ? { title: guide.title, description: guide.summary } : {};
}

export default async function GuidePage({ params }: { params: Params }) {
  const slug = decodeURIComponent((await params).slug);
  const guide = await getPublishedGuide(slug);
  if (!guide) {
    const target = await findGuideRedirect(slug);
    if (target) permanentRedirect(`/vagledning/${target}`);
    notFound();
  }
  return <GuideArticle {...guide} related={await relatedGuides(guide.meta.related)} />;
}
