import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { PlanForm } from '@/components/plans/plan-form';
import { savedPlanValues } from '@/components/plans/plan-values';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getPlan, listPlanCourses } from '@/lib/data/competence-plans';

export const metadata: Metadata = { title: 'Ändra kompetensplan' };

type Props = { params: Promise<{ id: string }> };

export default async function EditPlanPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requirePermission('plans:manage-units', `/kompetensplaner/${id}/andra`);
  const [plan, courses] = await Promise.all([getPlan(viewer, id), listPlanCourses()]);
  if (!plan) notFound();
  if (!plan.canEdit) forbidden();
  return (
    <>
      <PageHeader title={`Ändra kompetensplan ${plan.year}`} lead={plan.unit.name}>
        <p className="mt-3">
          <Link href={`/kompetensplaner/${plan.id}`}>Tillbaka till planen</Link>
        </p>
      </PageHeader>
      <PlanForm unitName={plan.unit.name} courses={courses} initialValues={savedPlanValues(plan)} />
    </>
  );
}
