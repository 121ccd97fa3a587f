import type { Metadata } from 'next';
import { IdentityProviderForm } from '@/components/admin/identity-provider-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getProviderSettings, orgProviderId } from '@/lib/data/identity-providers';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Inloggning med jobbkonto' };

export default async function IdentityProviderPage() {
  const viewer = await requirePermission('admin:settings', '/admin/inloggning');
  const settings = await getProviderSettings(viewer);
  return (
    <>
      <PageHeader
        title="Inloggning med jobbkonto"
        lead={`Låt personalen i ${viewer.organisationName} logga in med sitt konto hos er, till exempel Microsoft Entra ID, via OpenID Connect.`}
      />
      <IdentityProviderForm
        settings={settings}
        redirectUri={
          settings && `${env.NEXTAUTH_URL.replace(/\/$/, '')}/api/auth/callback/${orgProviderId(settings.id)}`
        }
      />
    </>
  );
}
