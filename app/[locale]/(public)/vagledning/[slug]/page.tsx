import { listPublishedGuides } from '@/lib/data/guides';
import { log } from '@/lib/log';
import { GuidePage, guideMetadata } from '../guide-page';

// Static pages, regenerated when an editor publishes (revalidatePath in lib/actions/guides.ts; with
// several app instances every instance does it, lib/cluster). The time limit is a backstop.
export const revalidate = 60;

// Only the addresses prerendered at build time are rendered here, so the page cache holds one
// entry per published page and cannot be filled with made-up addresses. Any other address falls
// through to publicerad/[slug] (the fallback rewrite in next.config.js), rendered per request.
export const dynamicParams = false;

export async function generateStaticParams() {
  try {
    return (await listPublishedGuides()).map((g) => ({ slug: g.slug }));
  } catch (error) {
    // A build without a reachable, migrated database still succeeds; pages then render per request.
    log.warn({ err: error }, 'Vägledningen förrenderas inte, sidorna renderas när de efterfrågas');
    return [];
  }
}

export const generateMetadata = guideMetadata;

export default GuidePage;
