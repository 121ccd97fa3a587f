import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PlanForm } from '@/components/plans/plan-form';
import { savedPlanValues } from '@/components/plans/plan-values';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getPlan, listPlanCourses } from '@/lib/data/competence-plans';
import type { Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('plans'))('editTitle') };
}

type Props = { params: Promise<{ id: string }> };

export default async function EditPlanPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requirePermission('plans:manage-units', `/kompetensplaner/${id}/andra`);
  const locale = (await getLocale()) as Locale;
  const [plan, courses, t] = await Promise.all([
    getPlan(viewer, id),
    listPlanCourses(locale),
    getTranslations('plans'),
  ]);
  if (!plan) notFound();
  if (!plan.canEdit) forbidden();
  return (
    <>
      <PageHeader title={t('editHeading', { year: String(plan.year) })} lead={plan.unit.name}>
        <p className="mt-3">
          <Link href={`/kompetensplaner/${plan.id}`}>{t('backToPlan')}</Link>
        </p>
      </PageHeader>
      <PlanForm unitName={plan.unit.name} courses={courses} initialValues={savedPlanValues(plan, locale)} />
    </>
  );
}
