import { stateSymbols } from '@/lib/checklist/status';
import { useTranslations } from 'next-intl';
import type { ChecklistStateValue } from '@/lib/validation/checklist';

const tones: Record<ChecklistStateValue, string> = {
  NOT_STARTED: 'border-slate-500 bg-white text-slate-800',
  IN_PROGRESS: 'border-amber-700 bg-amber-50 text-amber-900',
  DONE: 'border-green-800 bg-green-50 text-green-900',
  NOT_APPLICABLE: 'border-slate-400 bg-slate-100 text-slate-700',
};

/** The status in words with a symbol beside it; the colour only repeats what the text says. */
export function StatusBadge({ status }: { status: ChecklistStateValue }) {
  const t = useTranslations('labels.checklistState');
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${tones[status]}`}
    >
      <span aria-hidden="true">{stateSymbols[status]}</span>
      {t(status)}
    </span>
  );
}
