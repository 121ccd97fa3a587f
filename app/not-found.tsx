import Link from 'next/link';
import { AppShell } from '@/components/layout/app-shell';
import { FrameUnlessDrawn } from '@/components/layout/frame-context';
import { t } from '@/lib/i18n';

export default function NotFound() {
  const content = (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">{t.errors.notFoundTitle}</h1>
      <p className="mb-6">{t.errors.notFoundText}</p>
      <Link href="/">{t.errors.toStart}</Link>
    </div>
  );
  // Inside a route group's layout for notFound() from its pages; alone for an unknown address.
  return <FrameUnlessDrawn frame={<AppShell>{content}</AppShell>}>{content}</FrameUnlessDrawn>;
}
