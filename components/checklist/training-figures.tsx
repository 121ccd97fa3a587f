import { Fragment } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { Cell } from '@/lib/checklist/training';
import { formatTags, type Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { MIN_GROUP } from '@/lib/stats/protection';
import type { LinkedTraining } from '@/lib/data/checklist-training';
import { TableRegion } from '@/components/ui/table-region';

function Cells({ cell }: { cell: Cell }) {
  const t = useTranslations('checklist.training');
  const stats = useTranslations('stats');
  if (cell.suppressed) {
    return (
      <td colSpan={3} className="py-2 text-right italic">
        {stats(`hidden.${cell.reason}`)}
      </td>
    );
  }
  return (
    <>
      <td className="py-2 pr-4 text-right">{cell.total}</td>
      <td className="py-2 pr-4 text-right">{cell.completed}</td>
      <td className="py-2 text-right">{t('percent', { percent: cell.percent })}</td>
    </>
  );
}

/** Live figures from the portal: share of staff who have completed every linked course. */
export function TrainingFigures({ training }: { training: LinkedTraining }) {
  const { figures, courses } = training;
  const t = useTranslations('checklist.training');
  const stats = useTranslations('stats');
  const locale = useLocale() as Locale;
  // The courses' titles in quotation marks, joined as the language joins a list, each in its own language.
  const quote = locale === 'sv' ? ['”', '”'] : ['“', '”'];
  const parts = new Intl.ListFormat(formatTags[locale], { type: 'conjunction' }).formatToParts(
    courses.map((c) => c.slug),
  );
  const names = parts.map((part, i) => {
    const course = part.type === 'element' ? courses.find((c) => c.slug === part.value) : undefined;
    return course ? (
      <Fragment key={i}>
        {quote[0]}
        <span lang={passageLang(locale, course.lang)}>{course.title}</span>
        {quote[1]}
      </Fragment>
    ) : (
      <Fragment key={i}>{part.value}</Fragment>
    );
  });
  return (
    <TableRegion label={t('label')}>
      <table className="w-full max-w-2xl border-collapse text-sm">
        <caption className="mb-2 text-left text-slate-700">
          {t.rich('caption', { count: courses.length, min: MIN_GROUP, names: () => names })}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left">
            <th scope="col" className="py-2 pr-4">
              {t('group')}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t('count')}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t('completed')}
            </th>
            <th scope="col" className="py-2 text-right">
              {t('share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {(['KVINNA', 'MAN'] as const).map((g) => (
            <tr key={g} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                {g === 'KVINNA' ? stats('women') : stats('men')}
              </th>
              <Cells cell={figures.groups[g]} />
            </tr>
          ))}
          <tr className="border-b border-slate-300 font-semibold">
            <th scope="row" className="py-2 pr-4 text-left">
              {t('all')}
            </th>
            <Cells cell={figures.total} />
          </tr>
          <tr>
            <th scope="row" className="py-2 pr-4 text-left font-normal">
              {t('politicians')}
            </th>
            <Cells cell={figures.politicians} />
          </tr>
        </tbody>
      </table>
    </TableRegion>
  );
}
