import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SettingsForm } from '@/components/admin/settings-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getOrganisationSettings } from '@/lib/data/admin-settings';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminRecords.settings'))('title') };
}

export default async function SettingsPage() {
  const viewer = await requirePermission('admin:settings', '/admin/installningar');
  const settings = await getOrganisationSettings(viewer);
  const t = await getTranslations('adminRecords.settings');
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <SettingsForm settings={settings} />
    </>
  );
}
