import type { Metadata } from 'next';
import { GuideFilters } from '@/components/guidance/guide-filters';
import { GuideResults } from '@/components/guidance/guide-results';
import { PageHeader } from '@/components/ui/page-header';
import { searchGuides } from '@/lib/data/guide-search';
import { audienceKeys, topicKeys } from '@/lib/validation/content';

export const metadata: Metadata = { title: 'Vägledning' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
const known = (value: string, keys: readonly string[]) => (keys.includes(value) ? value : '');

// Reads search parameters, so it renders per request (the index itself is kept in memory).
export default async function GuidancePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const values = {
    q: one(params.q).slice(0, 200),
    amne: known(one(params.amne), topicKeys),
    malgrupp: known(one(params.malgrupp), audienceKeys),
  };
  const results = await searchGuides({
    query: values.q,
    topic: values.amne || undefined,
    audience: values.malgrupp || undefined,
  });
  return (
    <>
      <PageHeader
        title="Vägledning"
        lead="Stöd för att arbeta med jämställdhetsintegrering: grunderna, SKR:s tio steg, CEMR-deklarationen och vad som gäller för din roll."
      />
      <GuideFilters values={values} />
      <GuideResults results={results} searching={Boolean(values.q)} />
    </>
  );
}
