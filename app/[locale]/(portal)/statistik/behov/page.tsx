import type { Metadata } from 'next';
import Link from 'next/link';
import { NeedsFilters } from '@/components/needs/needs-filters';
import { NeedsNote } from '@/components/needs/needs-note';
import { NeedsSummary } from '@/components/needs/needs-summary';
import { NeedsTables } from '@/components/needs/needs-tables';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { formatDay } from '@/lib/dates';
import { loadNeeds } from '@/lib/data/self-assessment-needs';
import { parseStatsQuery } from '@/lib/stats/filter';

export const metadata: Metadata = { title: 'Kompetensbehov' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NeedsPage({ searchParams }: Props) {
  const viewer = await requirePermission('stats:view-units', '/statistik/behov');
  const { enhet, malgrupp } = parseStatsQuery(await searchParams);
  const view = await loadNeeds(viewer, { enhet, malgrupp });
  return (
    <>
      <PageHeader
        title="Kompetensbehov"
        lead={
          view.scope === 'organisation'
            ? `Vad medarbetare och förtroendevalda i ${viewer.organisationName} själva säger att de kan om jämställdhetsintegrering, uppdelat på kön.`
            : 'Vad medarbetarna i de enheter du är chef för själva säger att de kan om jämställdhetsintegrering, uppdelat på kön.'
        }
      >
        <NeedsNote then={formatDay(view.then)} />
        <p className="mt-3">
          <Link href="/statistik">Tillbaka till statistiken</Link>
        </p>
      </PageHeader>
      <NeedsFilters query={{ enhet, malgrupp }} units={view.units} />
      <NeedsSummary
        needs={view.needs}
        canAssign={can(viewer.role, 'rules:manage-units')}
        canPlan={can(viewer.role, 'sessions:plan-units')}
      />
      <NeedsTables table={view.table} groupLabel={view.selectedUnit ? 'Enhet' : 'Förvaltning'} />
    </>
  );
}
