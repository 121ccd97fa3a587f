import Link from 'next/link';
import type { MyCompletion, MyCourse, MyWithdrawal } from '@/lib/data/my-learning';
import { formatDay, formatShortDay } from '@/lib/dates';
import { assignmentStatusLabels } from '@/lib/labels';
import { ProgressBar } from '@/components/learning/progress-bar';

// Min sida lists every course a person has: their links are not prefetched (a dozen page loads on a
// phone's data and CPU right after the page appears); each is fetched when followed.
export function MyCourses({ courses }: { courses: MyCourse[] }) {
  if (courses.length === 0)
    return (
      <p>
        Du har inga pågående eller tilldelade kurser. Börja med{' '}
        <Link prefetch={false} href="/larvagar">
          din lärväg
        </Link>
        .
      </p>
    );
  return (
    <ul className="space-y-3">
      {courses.map((c) => (
        <li key={c.courseId} className="rounded-lg border border-slate-200 p-4">
          <h3 className="font-semibold">
            <Link
              prefetch={false}
              href={c.progress.next ? `/kurser/${c.slug}/${c.progress.next.slug}` : `/kurser/${c.slug}`}
            >
              {c.title}
            </Link>
          </h3>
          <p className="text-sm text-slate-700">
            {c.assigned ? 'Tilldelad' : 'Påbörjad'}
            {c.dueAt ? ` · klar senast ${formatShortDay(c.dueAt)}` : ''}
            {c.overdue ? <strong className="ml-2 text-red-800">{assignmentStatusLabels.overdue}</strong> : null}
          </p>
          <ProgressBar done={c.progress.done} total={c.progress.total} label="Lektioner" />
        </li>
      ))}
    </ul>
  );
}

export function MyCompletions({ completions }: { completions: MyCompletion[] }) {
  if (completions.length === 0)
    return <p>Du har inte gått klart någon kurs ännu. När du gör det får du ett intyg här.</p>;
  return (
    <ul className="space-y-2">
      {completions.map((c) => (
        <li key={c.courseId} className="flex flex-wrap items-baseline gap-x-3">
          <Link prefetch={false} href={`/kurser/${c.slug}`}>
            {c.title}
          </Link>
          <span className="text-sm text-slate-700">klar {formatShortDay(c.completedAt)}</span>
          {c.revokedAt ? (
            <span className="text-sm">Intyget är återkallat</span>
          ) : (
            <>
              <a href={`/min-sida/intyg/${c.courseId}`} download>
                Ladda ner intyg (PDF)<span className="sr-only"> för {c.title}</span>
              </a>
              <Link prefetch={false} href={`/min-sida/intyg/${c.courseId}/visa`}>
                Intyget som webbsida<span className="sr-only"> för {c.title}</span>
              </Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Courses a manager took back: no longer required, with when and why; what was done stays. */
export function MyWithdrawals({ withdrawals }: { withdrawals: MyWithdrawal[] }) {
  return (
    <ul className="space-y-3">
      {withdrawals.map((w) => (
        <li key={w.courseId} className="rounded-lg border border-slate-200 p-4">
          <h4 className="font-semibold">
            <Link prefetch={false} href={`/kurser/${w.slug}`}>
              {w.title}
            </Link>
          </h4>
          <p className="text-sm text-slate-700">
            Återkallad {formatDay(w.withdrawnAt)}. Du behöver inte gå den längre.
          </p>
          {w.reason ? <p className="mt-1 text-sm">Skäl: {w.reason}</p> : null}
        </li>
      ))}
    </ul>
  );
}
