import { SearchHitItem } from '@/components/search/search-hit';
import type { SearchHit } from '@/lib/search/index';

/** Every guidance page (filtered by topic and audience), by title: the page without a search. */
export function GuideResults({ results }: { results: SearchHit[] }) {
  const count = results.length === 1 ? '1 sida' : `${results.length} sidor`;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="mb-4 text-xl font-semibold">
        Alla sidor: {count}
      </h2>
      {results.length === 0 ? (
        <p>Inga sidor har det ämnet för den målgruppen. Ta bort ett filter för att se fler.</p>
      ) : (
        <ul className="space-y-4">
          {results.map((r) => (
            <SearchHitItem key={r.id} hit={r} />
          ))}
        </ul>
      )}
    </section>
  );
}
