import { useLocale, useTranslations } from 'next-intl';
import type { ChecklistProgress, Counts, SectionProgress } from '@/lib/checklist/progress';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { TableRegion } from '@/components/ui/table-region';

function Row({ label, counts, strong }: { label: React.ReactNode; counts: Counts; strong?: boolean }) {
  const t = useTranslations('checklist.progress');
  return (
    <tr className={`border-b border-slate-200 ${strong ? 'font-semibold' : ''}`}>
      <th scope="row" className={`py-2 pr-4 text-left ${strong ? 'font-semibold' : 'font-normal'}`}>
        {label}
      </th>
      <td className="py-2 pr-4 text-right">{counts.done}</td>
      <td className="py-2 pr-4 text-right">{counts.inProgress}</td>
      <td className="py-2 pr-4 text-right">{counts.notStarted}</td>
      <td className="py-2 pr-4 text-right">{counts.notApplicable}</td>
      <td className="py-2 text-right">
        {counts.percent === null ? t('noneApply') : t('percent', { percent: counts.percent })}
      </td>
    </tr>
  );
}

/** Progress per commitment and overall; optional sections are listed apart and not in the total. */
export function ProgressTable({ progress }: { progress: ChecklistProgress }) {
  const t = useTranslations('checklist');
  const locale = useLocale() as Locale;
  const label = (s: SectionProgress, i: number) => (
    <>
      {s.optional ? null : `${i + 1}. `}
      <span lang={passageLang(locale, s.lang)}>{s.title}</span>
    </>
  );
  return (
    <TableRegion label={t('progress.label')}>
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-slate-700">{t('progress.caption')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left">
            <th scope="col" className="py-2 pr-4">
              {t('commitment')}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t('progress.done')}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t('progress.inProgress')}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t('progress.notStarted')}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t('progress.notApplicable')}
            </th>
            <th scope="col" className="py-2 text-right">
              {t('progress.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {progress.sections.map((s, i) => (
            <Row key={s.key} label={label(s, i)} counts={s} />
          ))}
          <Row label={t('progress.wholeArticle')} counts={progress.overall} strong />
        </tbody>
        {progress.optional.length > 0 ? (
          <tbody>
            <tr>
              <th scope="rowgroup" colSpan={6} className="pt-4 pb-1 text-left font-semibold">
                {t('progress.optional')}
              </th>
            </tr>
            {progress.optional.map((s, i) => (
              <Row key={s.key} label={label(s, i)} counts={s} />
            ))}
          </tbody>
        ) : null}
      </table>
    </TableRegion>
  );
}
