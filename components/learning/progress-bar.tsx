import { useTranslations } from 'next-intl';

/** A labelled progress bar; the text says the same as the bar, so nothing depends on seeing it. */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const t = useTranslations('paths');
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="mt-2">
      <div className="flex justify-between text-sm text-slate-700">
        <span>{label}</span>
        <span>{t('doneOf', { done, total })}</span>
      </div>
      <div className="mt-1 h-2 w-full rounded bg-slate-200" aria-hidden="true">
        <div className="h-2 rounded bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
