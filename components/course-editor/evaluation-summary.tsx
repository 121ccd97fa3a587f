import { useLocale, useTranslations } from 'next-intl';
import { TableRegion } from '@/components/ui/table-region';
import { formatTags, type Locale } from '@/lib/i18n/config';
import type { EvaluationSummary } from '@/lib/learning/evaluation';

/** Number of answers always; distribution, mean and comments only from the minimum number of answers. */
export function EvaluationSummaryView({ summary }: { summary: EvaluationSummary }) {
  const t = useTranslations('editorLearning.evaluation');
  const ratings = useTranslations('course.rating');
  const locale = useLocale() as Locale;
  if (!summary.shown)
    return (
      <section aria-labelledby="answers-heading" className="space-y-2">
        <h2 id="answers-heading" className="text-xl font-semibold">
          {t('answersSoFar', { count: summary.answers })}
        </h2>
        <p>{t('tooFew', { minimum: summary.minimum })}</p>
      </section>
    );
  const largest = Math.max(...summary.distribution.map((d) => d.answers));
  return (
    <div className="space-y-10">
      <section aria-labelledby="answers-heading" className="space-y-3">
        <h2 id="answers-heading" className="text-xl font-semibold">
          {t('summary', { count: summary.answers, mean: summary.mean.toLocaleString(formatTags[locale]) })}
        </h2>
        <TableRegion labelledBy="distribution-caption">
          <table className="min-w-full text-left">
            <caption id="distribution-caption" className="mb-2 text-left font-medium">
              {t('distribution')}
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('rating')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('answers')}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{t('bar')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.distribution.map((d) => (
                <tr key={d.rating} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {d.rating} – {ratings(`${d.rating}`)}
                  </th>
                  <td className="py-2 pr-4">{d.answers}</td>
                  <td className="w-1/2 py-2" aria-hidden="true">
                    <div
                      className="h-3 rounded bg-brand-600"
                      style={{ width: `${largest === 0 ? 0 : Math.round((d.answers / largest) * 100)}%` }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </section>
      <section aria-labelledby="comments-heading" className="space-y-3">
        <h2 id="comments-heading" className="text-xl font-semibold">
          {t('comments', { count: summary.comments.length })}
        </h2>
        <p className="text-sm text-slate-700">{t('commentsHint')}</p>
        {summary.comments.length === 0 ? (
          <p>{t('noComments')}</p>
        ) : (
          <ul className="space-y-3">
            {summary.comments.map((comment, i) => (
              <li key={i} className="rounded border border-slate-200 p-3 whitespace-pre-line">
                {comment}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
