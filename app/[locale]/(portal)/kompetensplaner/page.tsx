import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PlanList } from '@/components/plans/plan-list';
import { YearFilter } from '@/components/plans/year-filter';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/guards';
import { canMakePlans } from '@/lib/auth/permissions';
import { currentPlanYear, listPlansForYear } from '@/lib/data/competence-plans';
import { parsePlanYear } from '@/lib/validation/competence-plan';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('plans'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlansPage({ searchParams }: Props) {
  const viewer = await requireUser('/kompetensplaner');
  const now = currentPlanYear();
  const year = parsePlanYear((await searchParams).ar) ?? now;
  const [rows, t] = await Promise.all([listPlansForYear(viewer, year), getTranslations('plans')]);
  const years = [...new Set([...Array.from({ length: 6 }, (_, i) => now - 3 + i), year])].sort();
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead', { organisation: viewer.organisationName })}>
        {canMakePlans(viewer) ? (
          <p className="mt-4">
            <Link href={`/kompetensplaner/ny?ar=${year}`} className="btn-primary no-underline hover:text-white">
              {t('make')}
            </Link>
          </p>
        ) : null}
      </PageHeader>
      <YearFilter year={year} years={years} />
      {rows.length === 0 ? <p>{t('noAdministrations')}</p> : <PlanList rows={rows} year={year} />}
    </>
  );
}
