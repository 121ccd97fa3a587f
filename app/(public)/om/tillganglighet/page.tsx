import type { Metadata } from 'next';
import { StaticPage } from '@/components/content/static-page';

export const metadata: Metadata = { title: 'Tillgänglighetsredogörelse' };

export default function AccessibilityPage() {
  return <StaticPage slug="tillganglighet" />;
}
