import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';
import { formatCount } from '@/lib/numbers';

type PagerProps = {
  basePath: string;
  params: Record<string, string>;
  page: number;
  pageCount: number;
  total: number;
  /** What is counted, in the reader's language (the caller's catalogue: "personer", "people"). */
  noun: string;
};

/** Previous/next links that keep the current filters. */
export function Pager({ basePath, params, page, pageCount, total, noun }: PagerProps) {
  const t = useTranslations('adminPeople.pager');
  const locale = useLocale() as Locale;
  const href = (to: number) => {
    const query = new URLSearchParams({ ...params, sida: String(to) });
    if (to === 1) query.delete('sida');
    const text = query.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('label', { noun })} className="mt-4 flex items-center gap-4">
      {page > 1 ? <Link href={href(page - 1)}>{t('previous')}</Link> : null}
      <span>{t('position', { page, pages: pageCount, total: formatCount(total, locale), noun })}</span>
      {page < pageCount ? <Link href={href(page + 1)}>{t('next')}</Link> : null}
    </nav>
  );
}
