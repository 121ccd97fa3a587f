import type { Metadata } from 'next';
import { GuideFilters } from '@/components/guidance/guide-filters';
import { GuideResults } from '@/components/guidance/guide-results';
import { SearchResults } from '@/components/search/search-results';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { searchSite } from '@/lib/data/site-search';
import { audienceKeys, topicKeys } from '@/lib/validation/content';
import { parseSearchQuery } from '@/lib/validation/search';

export const metadata: Metadata = { title: 'Vägledning' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
const known = (value: string, keys: readonly string[]) => (keys.includes(value) ? value : '');

// Reads search parameters, so it renders per request (the index itself is kept in memory).
// Without a query it lists the guidance pages; with one it searches guidance, courses and lessons.
export default async function GuidancePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const parsed = parseSearchQuery(params.q);
  const values = {
    q: parsed.query,
    amne: known(one(params.amne), topicKeys),
    malgrupp: known(one(params.malgrupp), audienceKeys),
  };
  const searching = parsed.ok && parsed.query !== '';
  const outcome = parsed.ok
    ? await searchSite({
        query: parsed.query,
        topic: values.amne || undefined,
        audience: values.malgrupp || undefined,
        kinds: searching ? undefined : ['guide'],
      })
    : null;
  return (
    <>
      <PageHeader
        title="Vägledning"
        lead="Stöd för att arbeta med jämställdhetsintegrering: grunderna, SKR:s tio steg, CEMR-deklarationen och vad som gäller för din roll."
      />
      <GuideFilters values={values} error={parsed.ok ? undefined : parsed.error} />
      {!parsed.ok ? (
        <Alert tone="error">Ingen sökning gjordes. {parsed.error}</Alert>
      ) : searching && outcome ? (
        <SearchResults outcome={outcome} filters={values} />
      ) : outcome ? (
        <GuideResults results={outcome.hits} />
      ) : null}
    </>
  );
}
