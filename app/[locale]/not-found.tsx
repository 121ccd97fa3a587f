import Link from 'next/link';
import { AppShell } from '@/components/layout/app-shell';
import { FrameUnlessDrawn } from '@/components/layout/frame-context';
import { useTranslations } from 'next-intl';

export default function NotFound() {
  const t = useTranslations('errors');
  const content = (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mb-6">{t('notFoundText')}</p>
      <Link href="/">{t('toStart')}</Link>
    </div>
  );
  // Inside a route group's layout for notFound() from its pages; alone for an unknown address.
  return <FrameUnlessDrawn frame={<AppShell>{content}</AppShell>}>{content}</FrameUnlessDrawn>;
}
