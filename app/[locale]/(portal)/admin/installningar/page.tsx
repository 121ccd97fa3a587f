import type { Metadata } from 'next';
import { SettingsForm } from '@/components/admin/settings-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getOrganisationSettings } from '@/lib/data/admin-settings';

export const metadata: Metadata = { title: 'Inställningar' };

export default async function SettingsPage() {
  const viewer = await requirePermission('admin:settings', '/admin/installningar');
  const settings = await getOrganisationSettings(viewer);
  return (
    <>
      <PageHeader title="Inställningar" lead="Uppgifter om organisationen." />
      <SettingsForm settings={settings} />
    </>
  );
}
