import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { formatDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { OverdueItem } from '@/lib/checklist/progress';

export function OverdueList({
  items,
  href,
  responsibleOf,
}: {
  items: OverdueItem[];
  href: (key: string) => string;
  responsibleOf: (key: string) => string | null;
}) {
  const t = useTranslations('checklist');
  const locale = useLocale() as Locale;
  if (items.length === 0) return <p>{t('overdue.none')}</p>;
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={item.key}>
          <Link href={href(item.key)} lang={passageLang(locale, item.lang)}>
            {item.title}
          </Link>
          <span className="block text-sm text-slate-700">
            {t('overdue.line', {
              date: formatDay(item.dueOn, locale),
              days: item.daysLate,
              name: responsibleOf(item.key) ?? t('nobody'),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
