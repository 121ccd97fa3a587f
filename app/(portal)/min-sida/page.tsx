import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: 'Min sida' };

export default async function MyPage() {
  const me = await requirePermission('profile:own', '/min-sida');
  return (
    <>
      <PageHeader title="Min sida" lead={`Välkommen, ${me.name}.`} />
      <section aria-labelledby="me-heading" className="max-w-xl">
        <h2 id="me-heading" className="mb-3 text-xl font-semibold">
          Dina uppgifter
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-medium">Namn</dt>
          <dd>{me.name}</dd>
          <dt className="font-medium">E-post</dt>
          <dd>{me.email}</dd>
          <dt className="font-medium">Organisation</dt>
          <dd>{me.organisationName}</dd>
          <dt className="font-medium">Enhet</dt>
          <dd>{me.unitName ?? 'Ingen enhet'}</dd>
          <dt className="font-medium">Målgrupp</dt>
          <dd>{t.audiences[me.audience]}</dd>
          <dt className="font-medium">Roll i portalen</dt>
          <dd>{t.roles[me.role]}</dd>
        </dl>
      </section>
    </>
  );
}
