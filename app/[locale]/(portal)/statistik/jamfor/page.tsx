import type { Metadata } from 'next';
import Link from 'next/link';
import { ComparisonView } from '@/components/stats/comparison-view';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { loadComparison } from '@/lib/data/compare';
import { comparedMeasure } from '@/lib/stats/compare';

export const metadata: Metadata = { title: 'Jämför med andra organisationer' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const viewer = await requirePermission('stats:view-organisation', '/statistik/jamfor');
  const measure = comparedMeasure((await searchParams).matt);
  const comparison = await loadComparison(viewer);
  return (
    <>
      <PageHeader
        title="Jämför med andra organisationer"
        lead="Nyckeltal för hela organisationen, för kvinnor, män och alla, hos de kommuner och regioner i portalen som delar sina."
      />
      {comparison.sharing ? (
        <ComparisonView comparison={comparison} measure={measure} />
      ) : (
        <p className="max-w-2xl">
          {viewer.organisationName} delar inte sina nyckeltal, och då visas inte heller andras: jämförelsen gäller dem
          som delar med varandra.{' '}
          {can(viewer.role, 'admin:settings') ? (
            <Link href="/admin/installningar">Ändra i inställningarna</Link>
          ) : (
            'En administratör kan ändra det i inställningarna.'
          )}
        </p>
      )}
      <p className="mt-8">
        <a href="/statistik/jamfor/export?format=csv">Ladda ner era egna nyckeltal som CSV</a>
        {' · '}
        <a href="/statistik/jamfor/export?format=json">som JSON</a> (för jämförelse med kommuner i andra portaler;
        formatet beskrivs i portalens README)
      </p>
    </>
  );
}
