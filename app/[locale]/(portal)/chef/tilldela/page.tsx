import type { Metadata } from 'next';
import { AssignForm } from '@/components/team/assign-form';
import { SEARCH_FORM_ID } from '@/components/team/people-picker';
import { PageHeader } from '@/components/ui/page-header';
import { stockholmDay } from '@/lib/dates';
import { requirePermission } from '@/lib/auth/guards';
import { listAssignable } from '@/lib/data/assignable';
import { listTeam } from '@/lib/data/people';
import { listScopeUnits } from '@/lib/data/scope-units';
import { matchesName, searchParam } from '@/lib/validation/assign-search';

export const metadata: Metadata = { title: 'Tilldela en kurs eller lärväg' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssignPage({ searchParams }: Props) {
  const viewer = await requirePermission('team:assign', '/chef/tilldela');
  const params = await searchParams;
  const search = searchParam(params.sok);
  const course = searchParam(params.kurs);
  const [items, team, units] = await Promise.all([listAssignable(), listTeam(viewer), listScopeUnits(viewer)]);
  const shown = team.filter((p) => matchesName(p.name, search));
  const asked = [params.person ?? []].flat();
  const preselected = params.alla === 'ja' ? [...new Set([...asked, ...shown.map((p) => p.id)])] : asked;
  const me = team.find((p) => p.id === viewer.id);
  const selfNote = me
    ? `Du hör själv till ${me.unitName ?? 'en av dina enheter'}. Väljer du den enheten, eller en enhet ovanför den med enheterna under, får du också kursen.`
    : 'Du hör inte själv till någon av enheterna här, så du får inte kursen.';
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
        <>
          {/* The name search's own form; its fields sit in the list below through their form attribute. */}
          <form id={SEARCH_FORM_ID} method="get" action="/chef/tilldela">
            {asked.map((id) => (
              <input key={id} type="hidden" name="person" value={id} />
            ))}
            {course ? <input type="hidden" name="kurs" value={course} /> : null}
          </form>
          <AssignForm
            items={items}
            people={shown.map((p) => ({ id: p.id, name: p.name, unitName: p.unitName }))}
            teamSize={team.length}
            search={search}
            units={units}
            preselected={preselected}
            defaultItem={course && items.courses.some((c) => c.id === course) ? `course:${course}` : ''}
            selfNote={selfNote}
            today={stockholmDay(new Date())}
          />
        </>
      )}
    </>
  );
}
