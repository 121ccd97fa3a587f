import Link from 'next/link';
import { formatCount } from '@/lib/numbers';

type PagerProps = {
  basePath: string;
  params: Record<string, string>;
  page: number;
  pageCount: number;
  total: number;
  noun: string;
};

/** Previous/next links that keep the current filters. */
export function Pager({ basePath, params, page, pageCount, total, noun }: PagerProps) {
  const href = (to: number) => {
    const query = new URLSearchParams({ ...params, sida: String(to) });
    if (to === 1) query.delete('sida');
    const text = query.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={`Sidor med ${noun}`} className="mt-4 flex items-center gap-4">
      {page > 1 ? <Link href={href(page - 1)}>Föregående sida</Link> : null}
      <span>
        Sida {page} av {pageCount} ({formatCount(total)} {noun})
      </span>
      {page < pageCount ? <Link href={href(page + 1)}>Nästa sida</Link> : null}
    </nav>
  );
}
