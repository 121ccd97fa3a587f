import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { formatScore } from '@/components/needs/format';
import { formatDay } from '@/lib/dates';
import type { RoundResult } from '@/lib/data/self-assessment';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

/** The words and numbers of a result in the reader's language; the areas' titles are written in Swedish only. */
function useResultWords() {
  const t = useTranslations('selfAssessment');
  const locale = useLocale() as Locale;
  const score = (mean: number) => formatScore(mean, locale);
  return {
    t,
    locale,
    sv: passageLang(locale),
    score,
    change: (value: number | undefined) =>
      value === undefined ? '–' : value === 0 ? t('same') : `${value > 0 ? '+' : '−'}${score(Math.abs(value))}`,
  };
}

/** The latest round per area (1–4, with a bar that only repeats the figure), and the change since the round before. */
export function LatestResult({
  latest,
  changes,
}: {
  latest: RoundResult;
  changes: { area: string; change: number }[];
}) {
  const byArea = new Map(changes.map((c) => [c.area, c.change]));
  const { t, locale, sv, score, change } = useResultWords();
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-slate-700">
          {t('caption', { date: formatDay(latest.completedAt, locale) })}
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">
              {t('area')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('points')}
            </th>
            <th scope="col" className="py-2">
              {t('since')}
            </th>
          </tr>
        </thead>
        <tbody>
          {latest.scores.map((s) => (
            <tr key={s.area} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 font-medium" lang={sv}>
                {s.title}
              </th>
              <td className="py-2 pr-3 whitespace-nowrap">
                <span>{t('outOf', { score: score(s.mean) })}</span>
                <span aria-hidden="true" className="mt-1 block h-2 w-16 rounded bg-slate-200 sm:w-24">
                  <span className="block h-2 rounded bg-teal-700" style={{ width: `${(s.mean / 4) * 100}%` }} />
                </span>
              </td>
              <td className="py-2">{changes.length === 0 ? '–' : change(byArea.get(s.area))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every round, newest first: a person sees their own change over time. */
export function RoundHistory({ rounds }: { rounds: RoundResult[] }) {
  const areas = rounds[0]!.scores;
  const { t, locale, sv, score } = useResultWords();
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-slate-700">{t('historyCaption')}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('date')}
            </th>
            {areas.map((a) => (
              <th key={a.area} scope="col" className="py-2 pr-4" lang={sv}>
                {a.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-medium">
                {formatDay(r.completedAt, locale)}
              </th>
              {areas.map((a) => {
                const found = r.scores.find((s) => s.area === a.area);
                return (
                  <td key={a.area} className="py-2 pr-4">
                    {found ? score(found.mean) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Recommendation = {
  area: string;
  title: string;
  courses: { slug: string; title: string; lang: Locale }[];
  guides: { slug: string; title: string }[];
};

/** Courses and guidance for the person's lowest areas. */
export function Recommendations({ items }: { items: Recommendation[] }) {
  const { t, locale, sv } = useResultWords();
  if (items.length === 0)
    return (
      <p>
        {t.rich('allGood', {
          guides: (chunks) => <Link href="/vagledning">{chunks}</Link>,
          example: (chunks) => <Link href="/exempel/nytt">{chunks}</Link>,
        })}
      </p>
    );
  return (
    <ul className="space-y-4">
      {items.map((item) => (
        <li key={item.area} className="rounded-lg border border-slate-300 p-4">
          <h3 className="font-semibold" lang={sv}>
            {item.title}
          </h3>
          {item.courses.length > 0 ? (
            <p className="mt-1">
              {t('course')}{' '}
              {item.courses.map((c, i) => (
                <span key={c.slug}>
                  {i > 0 ? ', ' : null}
                  <Link href={`/kurser/${c.slug}`} lang={passageLang(locale, c.lang)}>
                    {c.title}
                  </Link>
                </span>
              ))}
            </p>
          ) : null}
          {item.guides.length > 0 ? (
            <p className="mt-1">
              {t('read')}{' '}
              {item.guides.map((g, i) => (
                <span key={g.slug}>
                  {i > 0 ? ', ' : null}
                  <Link href={`/vagledning/${g.slug}`} lang={sv}>
                    {g.title}
                  </Link>
                </span>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
