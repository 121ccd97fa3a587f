import Link from 'next/link';
import { useTranslations } from 'next-intl';

export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const t = useTranslations('team');
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('pages')} className="mt-4">
      <ul className="flex flex-wrap gap-2">
        {Array.from({ length: pages }, (_, i) => i + 1).map((p) => (
          <li key={p}>
            {p === page ? (
              <span
                aria-current="page"
                className="inline-block rounded bg-brand-700 px-3 py-1 font-semibold text-white"
              >
                {p}
              </span>
            ) : (
              <Link href={href(p)} className="inline-block rounded border border-slate-300 px-3 py-1">
                <span className="sr-only">{t('page')} </span>
                {p}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
