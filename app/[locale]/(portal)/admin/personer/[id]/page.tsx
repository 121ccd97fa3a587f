import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CertificateList } from '@/components/admin/certificate-list';
import { unitSelectOptions } from '@/components/admin/options';
import { PersonForm } from '@/components/admin/person-form';
import { PersonStatusForm } from '@/components/admin/person-status-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { updatePersonAction } from '@/lib/actions/admin-people';
import { requirePermission } from '@/lib/auth/guards';
import { getPersonForAdmin } from '@/lib/data/admin-people';
import { listPersonCertificates } from '@/lib/data/certificate-revoke';
import { listUnitOptions } from '@/lib/data/admin-units';
import { ExpectedError } from '@/lib/errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminPeople.person'))('metaTitle') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ ny?: string }> };

export default async function EditPersonPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePermission('admin:people', `/admin/personer/${id}`);
  const person = await getPersonForAdmin(viewer, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const [units, certificates, t] = await Promise.all([
    listUnitOptions(viewer),
    listPersonCertificates(viewer, person.id),
    getTranslations('adminPeople.person'),
  ]);
  const address = person.email ?? t('noEmail');
  const created = (await searchParams).ny === '1';
  return (
    <>
      <PageHeader title={person.name} lead={person.active ? address : t('inactiveLead', { address })} />
      {created ? (
        <div className="mb-6">
          <Alert tone="success">{t('added')}</Alert>
        </div>
      ) : null}
      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="uppgifter">
          <h2 id="uppgifter" className="mb-4 text-xl font-semibold">
            {t('details')}
          </h2>
          <PersonForm
            action={updatePersonAction}
            person={person}
            units={unitSelectOptions(units)}
            submitLabel={t('save')}
          />
        </section>
        <div className="space-y-8">
          <section aria-labelledby="chef-for">
            <h2 id="chef-for" className="mb-2 text-xl font-semibold">
              {t('managerOf')}
            </h2>
            {person.managedUnits.length === 0 ? (
              <p className="text-slate-700">{t('noUnit')}</p>
            ) : (
              <ul className="list-disc pl-6">
                {person.managedUnits.map((u) => (
                  <li key={u.id}>
                    <Link href={`/admin/enheter/${u.id}`}>{u.name}</Link>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-sm text-slate-600">
              {t.rich('managerHint', { link: (chunks) => <Link href="/admin/enheter">{chunks}</Link> })}
            </p>
          </section>
          <section aria-labelledby="status">
            <h2 id="status" className="mb-2 text-xl font-semibold">
              {t('status')}
            </h2>
            <PersonStatusForm
              id={person.id}
              active={person.active}
              isSelf={person.id === viewer.id}
              deletedByProvider={person.deletedByProvider}
            />
          </section>
          <section aria-labelledby="intyg">
            <h2 id="intyg" className="mb-2 text-xl font-semibold">
              {t('certificates')}
            </h2>
            <CertificateList name={person.name} certificates={certificates} />
          </section>
        </div>
      </div>
    </>
  );
}
