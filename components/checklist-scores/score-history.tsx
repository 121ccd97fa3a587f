import Link from 'next/link';
import { formatDay } from '@/lib/dates';
import type { AdministrationScores } from '@/lib/data/checklist-scores';
import { useScoreWords } from './format';

type Props = { rows: AdministrationScores[]; templateKey: string };

/** Every round of every administration, newest first, and a way to make the next one for those who may. */
export function ScoreHistory({ rows, templateKey }: Props) {
  const { t, locale, score, change } = useScoreWords();
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {rows.map((row) => (
        <section key={row.id} aria-labelledby={`history-${row.id}`} className="rounded-lg border border-slate-300 p-4">
          <h3 id={`history-${row.id}`} className="text-lg font-semibold">
            {row.name}
          </h3>
          {row.rounds.length === 0 ? (
            <p className="mt-1 text-slate-700">{t('none')}</p>
          ) : (
            <ol className="mt-2 space-y-1">
              {[...row.rounds].reverse().map((r) => (
                <li key={r.id}>
                  <Link href={`/checklista/skattning/${r.id}`}>{formatDay(r.createdAt, locale)}</Link>:{' '}
                  {score(r.total.mean)} <span className="text-slate-700">{change(r.change)}</span>
                </li>
              ))}
            </ol>
          )}
          {row.mayScore ? (
            <p className="mt-3">
              <Link href={`/checklista/skattning/ny?mall=${templateKey}&forvaltning=${row.id}`} className="font-medium">
                {t('newFor', { unit: row.name })}
              </Link>
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
