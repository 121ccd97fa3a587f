import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { NeedsFilters } from '@/components/needs/needs-filters';
import { NeedsNote } from '@/components/needs/needs-note';
import { NeedsSummary } from '@/components/needs/needs-summary';
import { NeedsTables } from '@/components/needs/needs-tables';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { formatDay } from '@/lib/dates';
import { courseTitlesIn } from '@/lib/data/learning';
import { loadNeeds } from '@/lib/data/self-assessment-needs';
import type { Locale } from '@/lib/i18n/config';
import { parseStatsQuery } from '@/lib/stats/filter';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('needs'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NeedsPage({ searchParams }: Props) {
  const viewer = await requirePermission('stats:view-units', '/statistik/behov');
  const { enhet, malgrupp } = parseStatsQuery(await searchParams);
  const locale = (await getLocale()) as Locale;
  const [view, t, stats] = await Promise.all([
    loadNeeds(viewer, { enhet, malgrupp }),
    getTranslations('needs'),
    getTranslations('stats'),
  ]);
  const titles = await courseTitlesIn(
    view.needs.flatMap((n) => (n.course ? [n.course.id] : [])),
    locale,
  );
  return (
    <>
      <PageHeader
        title={t('title')}
        lead={
          view.scope === 'organisation'
            ? t('leadOrganisation', { organisation: viewer.organisationName })
            : t('leadUnits')
        }
      >
        <NeedsNote then={formatDay(view.then, locale)} />
        <p className="mt-3">
          <Link href="/statistik">{t('back')}</Link>
        </p>
      </PageHeader>
      <NeedsFilters query={{ enhet, malgrupp }} units={view.units} />
      <NeedsSummary
        needs={view.needs}
        canAssign={can(viewer.role, 'rules:manage-units')}
        canPlan={can(viewer.role, 'sessions:plan-units')}
        titles={titles}
      />
      <NeedsTables table={view.table} groupLabel={stats(view.selectedUnit ? 'group.enhet' : 'group.forvaltning')} />
    </>
  );
}
