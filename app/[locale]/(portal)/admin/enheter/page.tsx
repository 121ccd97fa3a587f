import type { Metadata } from 'next';
import { unitSelectOptions } from '@/components/admin/options';
import { CreateUnitForm } from '@/components/admin/unit-forms';
import { UnitTree } from '@/components/admin/unit-tree';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { listUnits } from '@/lib/data/admin-units';

export const metadata: Metadata = { title: 'Enheter' };

export default async function UnitsPage() {
  const viewer = await requirePermission('admin:units', '/admin/enheter');
  const units = await listUnits(viewer);
  return (
    <>
      <PageHeader
        title="Enheter"
        lead="Förvaltningar, avdelningar och enheter. Välj en enhet för att byta namn, flytta den eller ändra vem som är chef."
      />
      <section aria-labelledby="trad" className="mb-10">
        <h2 id="trad" className="mb-4 text-xl font-semibold">
          Organisationen
        </h2>
        <UnitTree units={units} />
      </section>
      <section aria-labelledby="ny-enhet">
        <h2 id="ny-enhet" className="mb-4 text-xl font-semibold">
          Ny enhet
        </h2>
        <CreateUnitForm parents={unitSelectOptions(units)} />
      </section>
    </>
  );
}
