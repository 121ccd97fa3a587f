import type { Metadata } from 'next';
import { ScimSettings } from '@/components/admin/scim-settings';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getScimMapping, listScimTokens } from '@/lib/data/scim-tokens';
import { scimBase } from '@/lib/scim/route';

export const metadata: Metadata = { title: 'Provisionering' };

export default async function ProvisioningPage() {
  const viewer = await requirePermission('admin:settings', '/admin/provisionering');
  const [tokens, mapping] = await Promise.all([listScimTokens(viewer), getScimMapping(viewer)]);
  return (
    <>
      <PageHeader
        title="Provisionering (SCIM)"
        lead={`Låt er identitetsleverantör, till exempel Microsoft Entra ID, hålla personalen i ${viewer.organisationName} uppdaterad i portalen: nya personer läggs till, ändringar följer med och den som slutar inaktiveras.`}
      />
      <ScimSettings endpoint={scimBase()} tokens={tokens} mapping={mapping} />
    </>
  );
}
