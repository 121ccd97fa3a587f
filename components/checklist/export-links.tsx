import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { checklistHref, type ChecklistView } from '@/lib/data/checklist-view';

/** The action plan as a printable page, a CSV file and a PDF. */
export function ExportLinks({ view }: { view: Pick<ChecklistView, 'ref' | 'all'> }) {
  const t = useTranslations('checklist.exports');
  return (
    <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2" aria-label={t('label')}>
      <li>
        <Link href={checklistHref(view, '/checklista/handlingsplan')}>{t('print')}</Link>
      </li>
      <li>
        <a href={checklistHref(view, '/checklista/handlingsplan.csv')} download>
          {t('csv')}
        </a>
      </li>
      <li>
        <a href={checklistHref(view, '/checklista/handlingsplan.pdf')} download>
          {t('pdf')}
        </a>
      </li>
    </ul>
  );
}
