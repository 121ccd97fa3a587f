import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { EditorListItem } from '@/lib/data/guide-editor';
import { formatDateTime } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

/** The editors' start: how many guidance pages there are, what waits, what changed last. */
export function GuidanceOverview({ guides }: { guides: EditorListItem[] }) {
  const t = useTranslations('editorGuides');
  const locale = useLocale() as Locale;
  const drafts = guides.filter((g) => g.status !== 'PUBLISHED' || g.publishedNumber !== g.latest.number).length;
  const recent = [...guides].sort((a, b) => b.latest.createdAt.getTime() - a.latest.createdAt.getTime()).slice(0, 5);
  return (
    <section aria-labelledby="guides-heading" className="mb-8 rounded-lg border border-slate-200 p-5">
      <h2 id="guides-heading" className="mb-2 text-xl font-semibold">
        {t('overview.heading')}
      </h2>
      <p className="mb-4 text-slate-700">
        {t('overview.pages', {
          count: guides.length,
          published: guides.filter((g) => g.status === 'PUBLISHED').length,
        })}
        {drafts > 0 ? ` ${t('overview.drafts', { count: drafts })}` : null}
      </p>
      <p className="mb-4 flex flex-wrap gap-4">
        <Link href="/redaktion/vagledning" className="btn-primary no-underline hover:text-white">
          {t('overview.allPages')}
        </Link>
        <Link href="/redaktion/vagledning/ny" className="btn-secondary no-underline">
          {t('overview.newPage')}
        </Link>
      </p>
      {recent.length > 0 ? (
        <>
          <h3 className="mb-2 font-semibold">{t('overview.recentHeading')}</h3>
          <ul className="space-y-1">
            {recent.map((g) => (
              <li key={g.id}>
                <Link href={`/redaktion/vagledning/${g.id}`} lang={passageLang(locale)}>
                  {g.title}
                </Link>{' '}
                <span className="text-sm text-slate-600">
                  {t(`status.${g.status}`).toLowerCase()}, {t('version', { number: g.latest.number }).toLowerCase()},{' '}
                  {g.latest.authorName}, {formatDateTime(g.latest.createdAt, locale)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
