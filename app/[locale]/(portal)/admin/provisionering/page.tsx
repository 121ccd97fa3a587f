import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ScimSettings } from '@/components/admin/scim-settings';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getScimMapping, listScimTokens } from '@/lib/data/scim-tokens';
import { scimBase } from '@/lib/scim/route';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminRecords.scim'))('title') };
}

export default async function ProvisioningPage() {
  const viewer = await requirePermission('admin:settings', '/admin/provisionering');
  const [tokens, mapping] = await Promise.all([listScimTokens(viewer), getScimMapping(viewer)]);
  const t = await getTranslations('adminRecords.scim');
  return (
    <>
      <PageHeader title={t('heading')} lead={t('lead', { organisation: viewer.organisationName })} />
      <ScimSettings endpoint={scimBase()} tokens={tokens} mapping={mapping} />
    </>
  );
}
