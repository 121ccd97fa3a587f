import type { Metadata } from 'next';
import { unitSelectOptions } from '@/components/admin/options';
import { PersonForm } from '@/components/admin/person-form';
import { PageHeader } from '@/components/ui/page-header';
import { createPersonAction } from '@/lib/actions/admin-people';
import { requirePermission } from '@/lib/auth/guards';
import { listUnitOptions } from '@/lib/data/admin-units';

export const metadata: Metadata = { title: 'Lägg till person' };

export default async function NewPersonPage() {
  const viewer = await requirePermission('admin:people', '/admin/personer/ny');
  const units = await listUnitOptions(viewer);
  return (
    <>
      <PageHeader
        title="Lägg till person"
        lead="Personen kan logga in med e-post och länk, eller med jobbkontot om det är påslaget."
      />
      <PersonForm action={createPersonAction} units={unitSelectOptions(units)} submitLabel="Lägg till" />
    </>
  );
}
