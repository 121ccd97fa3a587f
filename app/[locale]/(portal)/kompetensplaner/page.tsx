import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanList } from '@/components/plans/plan-list';
import { YearFilter } from '@/components/plans/year-filter';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/guards';
import { canMakePlans } from '@/lib/auth/permissions';
import { currentPlanYear, listPlansForYear } from '@/lib/data/competence-plans';
import { parsePlanYear } from '@/lib/validation/competence-plan';

export const metadata: Metadata = { title: 'Kompetensplaner' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlansPage({ searchParams }: Props) {
  const viewer = await requireUser('/kompetensplaner');
  const now = currentPlanYear();
  const year = parsePlanYear((await searchParams).ar) ?? now;
  const rows = await listPlansForYear(viewer, year);
  const years = [...new Set([...Array.from({ length: 6 }, (_, i) => now - 3 + i), year])].sort();
  return (
    <>
      <PageHeader
        title="Kompetensplaner"
        lead={`Varje förvaltnings plan för utbildning i jämställdhet: vad politikerna har beslutat om tid och pengar, vilka mål som gäller och hur långt ${viewer.organisationName} har kommit.`}
      >
        {canMakePlans(viewer) ? (
          <p className="mt-4">
            <Link href={`/kompetensplaner/ny?ar=${year}`} className="btn-primary no-underline hover:text-white">
              Gör en ny plan
            </Link>
          </p>
        ) : null}
      </PageHeader>
      <YearFilter year={year} years={years} />
      {rows.length === 0 ? <p>Organisationen har inga förvaltningar än.</p> : <PlanList rows={rows} year={year} />}
    </>
  );
}
