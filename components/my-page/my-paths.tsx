import Link from 'next/link';
import { ProgressBar } from '@/components/learning/progress-bar';
import type { PathProgress } from '@/lib/data/path-progress';
import { audienceToKey } from '@/lib/audiences';
import { formatShortDay } from '@/lib/dates';

// Links not prefetched, as in my-courses.tsx.
/** The person's learning paths: how many of the courses are done, and the certificate once all are. */
export function MyPaths({ paths }: { paths: PathProgress[] }) {
  if (paths.length === 0) return <p>Det finns ingen lärväg för dig ännu.</p>;
  return (
    <ul className="space-y-3">
      {paths.map((p) => (
        <li key={p.pathId} className="rounded-lg border border-slate-200 p-4">
          <h3 className="font-semibold">
            <Link prefetch={false} href={`/larvagar/${audienceToKey[p.audience]}`}>
              {p.title}
            </Link>
          </h3>
          {p.completedAt ? (
            <p className="flex flex-wrap items-baseline gap-x-3 text-sm">
              <span>Hela lärvägen klar {formatShortDay(p.completedAt)}</span>
              {p.revoked ? (
                <span>Intyget är återkallat</span>
              ) : (
                <>
                  <a href={`/min-sida/intyg/larvag/${p.pathId}`} download>
                    Ladda ner intyg (PDF)<span className="sr-only"> för {p.title}</span>
                  </a>
                  <Link prefetch={false} href={`/min-sida/intyg/larvag/${p.pathId}/visa`}>
                    Intyget som webbsida<span className="sr-only"> för {p.title}</span>
                  </Link>
                </>
              )}
            </p>
          ) : (
            <ProgressBar done={p.done} total={p.total} label="Kurser i lärvägen" />
          )}
        </li>
      ))}
    </ul>
  );
}
