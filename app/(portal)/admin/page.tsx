import type { Metadata } from 'next';
import { PeopleTable } from '@/components/people/people-table';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { listOrganisationPeople } from '@/lib/data/people';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdminPage() {
  const viewer = await requirePermission('admin:people', '/admin');
  const people = await listOrganisationPeople(viewer);
  return (
    <>
      <PageHeader title="Administration" lead={`Personer i ${viewer.organisationName}.`} />
      <PeopleTable people={people} caption={`${people.length} personer`} />
    </>
  );
}
