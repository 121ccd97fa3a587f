import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { IdentityProviderForm } from '@/components/admin/identity-provider-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getProviderSettings, orgProviderId } from '@/lib/data/identity-providers';
import { env } from '@/lib/env';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminRecords.identityProvider'))('title') };
}

export default async function IdentityProviderPage() {
  const viewer = await requirePermission('admin:settings', '/admin/inloggning');
  const settings = await getProviderSettings(viewer);
  const t = await getTranslations('adminRecords.identityProvider');
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead', { organisation: viewer.organisationName })} />
      <IdentityProviderForm
        settings={settings}
        redirectUri={
          settings && `${env.NEXTAUTH_URL.replace(/\/$/, '')}/api/auth/callback/${orgProviderId(settings.id)}`
        }
      />
    </>
  );
}
