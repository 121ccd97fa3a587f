import Link from 'next/link';
import type { SearchHit, SearchOutcome } from '@/lib/search/index';
import { SearchHitItem } from './search-hit';

type Filters = { amne: string; malgrupp: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function searchHref(query: string, filters: Filters): string {
  const params = new URLSearchParams({ q: query });
  if (filters.amne) params.set('amne', filters.amne);
  if (filters.malgrupp) params.set('malgrupp', filters.malgrupp);
  return `/vagledning?${params}`;
}

function Group({ id, title, hits, none }: { id: string; title: string; hits: SearchHit[]; none: string }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      {hits.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul className="space-y-4">
          {hits.map((hit) => (
            <SearchHitItem key={hit.id} hit={hit} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The answer to a search: a spelling suggestion if one was used, then guidance and courses apart. */
export function SearchResults({ outcome, filters }: { outcome: SearchOutcome; filters: Filters }) {
  if (outcome.onlyStopWords)
    return (
      <p role="status">
        Orden du sökte på är för vanliga för att säga något om en sida, till exempel ”och”, ”att” och ”i”. Skriv ett ord
        som säger vad du letar efter.
      </p>
    );
  const guides = outcome.hits.filter((h) => h.kind === 'guide');
  const learning = outcome.hits.filter((h) => h.kind !== 'guide');
  return (
    <div>
      {outcome.suggestion ? (
        <p className="mb-4 rounded border-l-4 border-brand-600 bg-brand-50 p-4">
          Menade du <Link href={searchHref(outcome.suggestion, filters)}>{outcome.suggestion}</Link>? Träffarna nedan
          gäller den stavningen.
        </p>
      ) : null}
      <p role="status" className="font-medium">
        {outcome.hits.length === 0
          ? 'Inga sidor eller kurser matchar. Pröva ett annat ord, eller ta bort ett filter.'
          : `Sökresultat: ${plural(guides.length, 'sida', 'sidor')} i vägledningen, ${plural(learning.length, 'träff', 'träffar')} i kurser och lektioner.`}
      </p>
      {outcome.hits.length > 0 ? (
        <>
          <Group
            id="guide-results"
            title={`Vägledning (${guides.length})`}
            hits={guides}
            none="Inga sidor i vägledningen matchar."
          />
          <Group
            id="course-results"
            title={`Kurser och lektioner (${learning.length})`}
            hits={learning}
            none="Inga kurser eller lektioner matchar."
          />
        </>
      ) : null}
    </div>
  );
}
