import Link from 'next/link';
import { checklistHref, type ChecklistView } from '@/lib/data/checklist-view';

/** The action plan as a printable page, a CSV file and a PDF. */
export function ExportLinks({ view }: { view: Pick<ChecklistView, 'ref' | 'all'> }) {
  return (
    <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2" aria-label="Handlingsplan">
      <li>
        <Link href={checklistHref(view, '/checklista/handlingsplan')}>Handlingsplan för utskrift</Link>
      </li>
      <li>
        <a href={checklistHref(view, '/checklista/handlingsplan.csv')} download>
          Ladda ner som CSV (kalkylark)
        </a>
      </li>
      <li>
        <a href={checklistHref(view, '/checklista/handlingsplan.pdf')} download>
          Ladda ner som PDF
        </a>
      </li>
    </ul>
  );
}
