import { GuidePage, guideMetadata } from '../../guide-page';

// Guide addresses that were not prerendered at build time: pages published since, old addresses
// of pages renamed since, and unknown addresses. Rendered per request, so an unknown address
// answers 404 without leaving anything in the page cache. Readers reach it through the fallback
// rewrite of /vagledning/<slug> in next.config.js and never see this address.
export const dynamic = 'force-dynamic';

export const generateMetadata = guideMetadata;

export default GuidePage;
