import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PlanForm } from '@/components/plans/plan-form';
import { newPlanValues } from '@/components/plans/plan-values';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { currentPlanYear, listEditableAdministrations, listPlanCourses } from '@/lib/data/competence-plans';
import type { Locale } from '@/lib/i18n/config';
import { parsePlanYear } from '@/lib/validation/competence-plan';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('plans'))('newTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewPlanPage({ searchParams }: Props) {
  const viewer = await requirePermission('plans:manage-units', '/kompetensplaner/ny');
  const query = await searchParams;
  const locale = (await getLocale()) as Locale;
  const [administrations, courses, t] = await Promise.all([
    listEditableAdministrations(viewer),
    listPlanCourses(locale),
    getTranslations('plans'),
  ]);
  const unitId = typeof query.forvaltning === 'string' ? query.forvaltning : '';
  const year = parsePlanYear(query.ar) ?? currentPlanYear();
  return (
    <>
      <PageHeader title={t('newTitle')} lead={t('newLead')}>
        <p className="mt-3">
          <Link href={`/kompetensplaner?ar=${year}`}>{t('backToPlans')}</Link>
        </p>
      </PageHeader>
      {administrations.length === 0 ? (
        <p>{t('onlyWhole')}</p>
      ) : (
        <PlanForm
          administrations={administrations.map((a) => ({ id: a.id, name: a.name }))}
          courses={courses}
          initialValues={newPlanValues(administrations.some((a) => a.id === unitId) ? unitId : '', year)}
        />
      )}
    </>
  );
}
