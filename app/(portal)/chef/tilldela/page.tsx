import type { Metadata } from 'next';
import { AssignForm } from '@/components/team/assign-form';
import { PageHeader } from '@/components/ui/page-header';
import { stockholmDay } from '@/lib/dates';
import { requirePermission } from '@/lib/auth/guards';
import { listAssignable } from '@/lib/data/assignable';
import { listScopeUnits } from '@/lib/data/scope-units';
import { getTeam } from '@/lib/data/team';

export const metadata: Metadata = { title: 'Tilldela en kurs eller lärväg' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssignPage({ searchParams }: Props) {
  const viewer = await requirePermission('team:assign', '/chef/tilldela');
  const params = await searchParams;
  const preselected = [params.person ?? []].flat();
  const [items, team, units] = await Promise.all([listAssignable(), getTeam(viewer), listScopeUnits(viewer)]);
  return (
    <>
      <PageHeader
        title="Tilldela en kurs eller lärväg"
        lead="Välj vad och till vem. De som får kursen får ett e-postmeddelande och ser den på Min sida. Den som redan har kursen får den inte två gånger; om du anger ett tidigare slutdatum gäller det."
      />
      {team.length === 0 ? (
        <p>
          Du står inte som chef för någon enhet, så det finns ingen att tilldela. Kontakta portalens administratör om
          det är fel.
        </p>
      ) : (
        <AssignForm
          items={items}
          people={team.map((p) => ({ id: p.id, name: p.name, unitName: p.unitName }))}
          units={units}
          preselected={preselected}
          today={stockholmDay(new Date())}
        />
      )}
    </>
  );
}
