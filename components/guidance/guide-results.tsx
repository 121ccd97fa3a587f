import Link from 'next/link';
import { formatDay } from '@/lib/dates';
import { audienceKeyLabels, topicLabels } from '@/lib/labels';
import type { SearchResult } from '@/lib/search/index';
import type { AudienceKey, TopicKey } from '@/lib/validation/content';
import { SnippetText } from './snippet-text';

/** The list of guidance pages: all of them, or the ones that answer a search. */
export function GuideResults({ results, searching }: { results: SearchResult[]; searching: boolean }) {
  const count = results.length === 1 ? '1 sida' : `${results.length} sidor`;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="mb-4 text-xl font-semibold">
        {searching ? `Sökresultat: ${count}` : `Alla sidor: ${count}`}
      </h2>
      {results.length === 0 ? (
        <p>Inga sidor matchar. Pröva ett annat ord, eller ta bort ett filter.</p>
      ) : (
        <ul className="space-y-4">
          {results.map((r) => (
            <li key={r.slug} className="rounded-lg border border-slate-200 p-5">
              <h3 className="text-lg font-semibold">
                <Link href={`/vagledning/${r.slug}`}>{r.title}</Link>
              </h3>
              {r.snippet ? (
                <p className="mt-2 text-slate-800">
                  <span className="sr-only">Träff i texten: </span>
                  <SnippetText segments={r.snippet} />
                </p>
              ) : (
                <p className="mt-2 text-slate-700">{r.summary}</p>
              )}
              <p className="mt-2 text-sm text-slate-600">
                {r.topics.map((t) => topicLabels[t as TopicKey]).join(', ')} · För{' '}
                {r.audiences.map((a) => audienceKeyLabels[a as AudienceKey].toLowerCase()).join(', ')} · Uppdaterad{' '}
                <time dateTime={r.updated}>{formatDay(r.updated)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
