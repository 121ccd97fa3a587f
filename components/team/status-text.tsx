import { useTranslations } from 'next-intl';
import type { PersonStatus } from '@/lib/assignments/status';

const tone: Record<PersonStatus, string> = {
  overdue: 'font-semibold text-red-800',
  'in-progress': 'text-slate-800',
  'not-started': 'text-slate-800',
  done: 'text-green-800',
  none: 'text-slate-600',
};

/** Status in words (never colour alone). */
export function StatusText({ status }: { status: PersonStatus }) {
  const t = useTranslations('team');
  return <span className={tone[status]}>{t(`statusLabel.${status}`)}</span>;
}
