import type { Metadata } from 'next';
import { StaticPage } from '@/components/content/static-page';

export const metadata: Metadata = { title: 'Så behandlar vi dina personuppgifter' };

export default function PrivacyPage() {
  return <StaticPage slug="personuppgifter" />;
}
