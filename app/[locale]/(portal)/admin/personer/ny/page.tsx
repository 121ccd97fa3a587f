import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { unitSelectOptions } from '@/components/admin/options';
import { PersonForm } from '@/components/admin/person-form';
import { PageHeader } from '@/components/ui/page-header';
import { createPersonAction } from '@/lib/actions/admin-people';
import { requirePermission } from '@/lib/auth/guards';
import { listUnitOptions } from '@/lib/data/admin-units';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminPeople.newPerson'))('title') };
}

export default async function NewPersonPage() {
  const viewer = await requirePermission('admin:people', '/admin/personer/ny');
  const [units, t] = await Promise.all([listUnitOptions(viewer), getTranslations('adminPeople.newPerson')]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <PersonForm action={createPersonAction} units={unitSelectOptions(units)} submitLabel={t('submit')} />
    </>
  );
}
