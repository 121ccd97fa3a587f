import Link from 'next/link';
import { AppShell } from '@/components/layout/app-shell';
import { t } from '@/lib/i18n';

export default function NotFound() {
  // Outside every route group's layout (an unknown address), so it draws the page frame itself.
  return (
    <AppShell>
      <div className="mx-auto max-w-xl py-8">
        <h1 className="mb-4 text-3xl font-bold">{t.errors.notFoundTitle}</h1>
        <p className="mb-6">{t.errors.notFoundText}</p>
        <Link href="/">{t.errors.toStart}</Link>
      </div>
    </AppShell>
  );
}
