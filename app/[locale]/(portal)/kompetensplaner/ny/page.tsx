import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanForm } from '@/components/plans/plan-form';
import { newPlanValues } from '@/components/plans/plan-values';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { currentPlanYear, listEditableAdministrations, listPlanCourses } from '@/lib/data/competence-plans';
import { parsePlanYear } from '@/lib/validation/competence-plan';

export const metadata: Metadata = { title: 'Ny kompetensplan' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewPlanPage({ searchParams }: Props) {
  const viewer = await requirePermission('plans:manage-units', '/kompetensplaner/ny');
  const query = await searchParams;
  const [administrations, courses] = await Promise.all([listEditableAdministrations(viewer), listPlanCourses()]);
  const unitId = typeof query.forvaltning === 'string' ? query.forvaltning : '';
  const year = parsePlanYear(query.ar) ?? currentPlanYear();
  return (
    <>
      <PageHeader
        title="Ny kompetensplan"
        lead="En plan gäller en förvaltning och ett år: resurserna politikerna har beslutat, målen och de aktiviteter ni planerar."
      >
        <p className="mt-3">
          <Link href={`/kompetensplaner?ar=${year}`}>Tillbaka till kompetensplanerna</Link>
        </p>
      </PageHeader>
      {administrations.length === 0 ? (
        <p>
          Du kan göra planer bara för förvaltningar där du är chef för hela förvaltningen. Be en strateg eller
          administratör om hjälp.
        </p>
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
