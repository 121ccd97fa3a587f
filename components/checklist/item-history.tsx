import { useLocale, useTranslations } from 'next-intl';
import type { HistoryEntry } from '@/lib/data/checklist-item-history';
import { formatLongDateTime } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';

export function ItemHistory({ entries }: { entries: HistoryEntry[] }) {
  const t = useTranslations('checklist');
  const locale = useLocale() as Locale;
  if (entries.length === 0) return <p>{t('noHistory')}</p>;
  return (
    <ol className="space-y-4">
      {entries.map((e) => (
        <li key={e.id} className="border-l-4 border-brand-100 pl-3">
          <p className="font-medium">
            {e.who}, <time dateTime={e.at.toISOString()}>{formatLongDateTime(e.at, locale)}</time>
          </p>
          <ul className="list-disc pl-5 text-sm">
            {e.lines.map((line, i) => (
              <li key={i} className="break-words">
                {line}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

export function ItemComments({ comments }: { comments: { id: string; who: string; at: Date; text: string }[] }) {
  const t = useTranslations('checklist');
  const locale = useLocale() as Locale;
  if (comments.length === 0) return <p>{t('noComments')}</p>;
  return (
    <ol className="space-y-4">
      {comments.map((c) => (
        <li key={c.id} className="rounded border border-slate-200 p-3">
          <p className="text-sm font-medium">
            {c.who}, <time dateTime={c.at.toISOString()}>{formatLongDateTime(c.at, locale)}</time>
          </p>
          <p className="mt-1 whitespace-pre-line break-words">{c.text}</p>
        </li>
      ))}
    </ol>
  );
}
