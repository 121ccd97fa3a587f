import Link from 'next/link';
import type { EditorListItem } from '@/lib/data/guide-editor';
import { formatDateTime } from '@/lib/dates';
import { contentStatusLabels } from '@/lib/labels';
import { counted } from '@/lib/counted';

/** The editors' start: how many guidance pages there are, what waits, what changed last. */
export function GuidanceOverview({ guides }: { guides: EditorListItem[] }) {
  const drafts = guides.filter((g) => g.status !== 'PUBLISHED' || g.publishedNumber !== g.latest.number).length;
  const recent = [...guides].sort((a, b) => b.latest.createdAt.getTime() - a.latest.createdAt.getTime()).slice(0, 5);
  return (
    <section aria-labelledby="guides-heading" className="mb-8 rounded-lg border border-slate-200 p-5">
      <h2 id="guides-heading" className="mb-2 text-xl font-semibold">
        Vägledning
      </h2>
      <p className="mb-4 text-slate-700">
        {counted(guides.length, 'sida', 'sidor')}, varav {guides.filter((g) => g.status === 'PUBLISHED').length}{' '}
        publicerade.
        {drafts > 0 ? ` ${drafts} har ändringar som inte är publicerade.` : null}
      </p>
      <p className="mb-4 flex flex-wrap gap-4">
        <Link href="/redaktion/vagledning" className="btn-primary no-underline hover:text-white">
          Alla vägledningssidor
        </Link>
        <Link href="/redaktion/vagledning/ny" className="btn-secondary no-underline">
          Ny sida
        </Link>
      </p>
      {recent.length > 0 ? (
        <>
          <h3 className="mb-2 font-semibold">Senast ändrade</h3>
          <ul className="space-y-1">
            {recent.map((g) => (
              <li key={g.id}>
                <Link href={`/redaktion/vagledning/${g.id}`}>{g.title}</Link>{' '}
                <span className="text-sm text-slate-600">
                  {contentStatusLabels[g.status].toLowerCase()}, version {g.latest.number}, {g.latest.authorName},{' '}
                  {formatDateTime(g.latest.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
