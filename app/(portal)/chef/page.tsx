import type { Metadata } from 'next';
import { PeopleTable } from '@/components/people/people-table';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { listTeam } from '@/lib/data/people';

export const metadata: Metadata = { title: 'Mitt team' };

export default async function TeamPage() {
  const viewer = await requirePermission('team:view', '/chef');
  const team = await listTeam(viewer);
  return (
    <>
      <PageHeader title="Mitt team" lead="Medarbetare i de enheter du är chef för, och i enheterna under dem." />
      {team.length === 0 ? (
        <p>Du står inte som chef för någon enhet. Kontakta portalens administratör om det är fel.</p>
      ) : (
        <PeopleTable people={team} caption={`${team.length} personer`} linkBase="/chef/personer" />
      )}
    </>
  );
}
