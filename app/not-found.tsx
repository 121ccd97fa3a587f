import Link from 'next/link';
import { t } from '@/lib/i18n';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">{t.errors.notFoundTitle}</h1>
      <p className="mb-6">{t.errors.notFoundText}</p>
      <Link href="/">{t.errors.toStart}</Link>
    </div>
  );
}
