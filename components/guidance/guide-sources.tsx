import { formatDay } from '@/lib/dates';
import type { GuideMeta } from '@/lib/validation/guide';

export function GuideSources({ sources }: { sources: GuideMeta['sources'] }) {
  return (
    <section aria-labelledby="sources-heading" className="mt-10 border-t border-slate-200 pt-6">
      <h2 id="sources-heading" className="mb-3 text-xl font-semibold">
        Källor
      </h2>
      <ul className="space-y-2 text-slate-800">
        {sources.map((s) => (
          <li key={`${s.title}-${s.publisher}`}>
            {s.url ? <a href={s.url}>{s.title}</a> : <span className="italic">{s.title}</span>}
            <span className="text-slate-700">
              {' '}
              – {s.publisher}
              {s.date ? `, ${formatDay(s.date)}` : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
