import type { PersonStatus } from '@/lib/assignments/status';
import { assignmentStatusLabels } from '@/lib/labels';

const tone: Record<PersonStatus, string> = {
  overdue: 'font-semibold text-red-800',
  'in-progress': 'text-slate-800',
  'not-started': 'text-slate-800',
  done: 'text-green-800',
  none: 'text-slate-600',
};

/** Status in words (never colour alone). */
export function StatusText({ status }: { status: PersonStatus }) {
  return <span className={tone[status]}>{assignmentStatusLabels[status]}</span>;
}
