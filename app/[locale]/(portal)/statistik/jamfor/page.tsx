import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ComparisonView } from '@/components/stats/comparison-view';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { loadComparison } from '@/lib/data/compare';
import type { Locale } from '@/lib/i18n/config';
import { comparedMeasure } from '@/lib/stats/compare';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('compare'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const viewer = await requirePermission('stats:view-organisation', '/statistik/jamfor');
  const measure = comparedMeasure((await searchParams).matt);
  const locale = (await getLocale()) as Locale;
  const [comparison, t] = await Promise.all([loadComparison(viewer, locale), getTranslations('compare')]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      {comparison.sharing ? (
        <ComparisonView comparison={comparison} measure={measure} />
      ) : (
        <p className="max-w-2xl">
          {t('notSharing', { organisation: viewer.organisationName })}{' '}
          {can(viewer.role, 'admin:settings') ? (
            <Link href="/admin/installningar">{t('changeSettings')}</Link>
          ) : (
            t('adminCan')
          )}
        </p>
      )}
      <p className="mt-8">
        <a href="/statistik/jamfor/export?format=csv">{t('downloadCsv')}</a>
        {' · '}
        <a href="/statistik/jamfor/export?format=json">{t('downloadJson')}</a> {t('jsonNote')}
      </p>
    </>
  );
}
