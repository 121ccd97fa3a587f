import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AssignmentChanges } from '@/components/team/assignment-changes';
import { PathProgressList } from '@/components/team/path-progress';
import { PersonAssignments, PersonCompletions, PersonWithdrawals } from '@/components/team/person-follow-up';
import { ReminderForm } from '@/components/team/reminder-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getPersonFollowUp } from '@/lib/data/team';
import { addYears, stockholmDay } from '@/lib/dates';
import { DUE_YEARS_AHEAD } from '@/lib/validation/assignments';
import { ExpectedError } from '@/lib/errors';
import { addressLabel, audienceLabels } from '@/lib/labels';

export const metadata: Metadata = { title: 'Medarbetare' };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePermission('team:view', `/chef/personer/${id}`);
  const { person, row, completed, withdrawn, paths } = await getPersonFollowUp(viewer, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const open = row.items.some((i) => i.status !== 'done');
  const today = stockholmDay(new Date());
  return (
    <>
      <PageHeader title={person.name} lead={person.unitName ?? undefined}>
        <p className="mt-4">
          <Link href={`/chef/tilldela?person=${person.id}`}>Tilldela {person.name} en kurs eller lärväg</Link>
        </p>
      </PageHeader>
      <dl className="mb-8 grid max-w-xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">E-post</dt>
        <dd>{addressLabel(person.email)}</dd>
        <dt className="font-medium">Målgrupp</dt>
        <dd>
          {audienceLabels[person.audience as keyof typeof audienceLabels]}
          <span className="block text-sm text-slate-600">Vilken lärväg som är personens.</span>
        </dd>
      </dl>
      <section aria-labelledby="assigned-heading" className="mb-8 space-y-4">
        <h2 id="assigned-heading" className="text-xl font-semibold">
          Tilldelade kurser
        </h2>
        <PersonAssignments name={person.name} items={row.items} />
        {open ? <ReminderForm single={{ id: person.id, name: person.name }} /> : null}
      </section>
      {row.items.length > 0 || withdrawn.length > 0 ? (
        <section aria-labelledby="change-heading" className="mb-8 space-y-3">
          <h2 id="change-heading" className="text-xl font-semibold">
            Ändra slutdatum eller återkalla
          </h2>
          <p>
            {person.email
              ? `${person.name} får ett e-postmeddelande när du ändrar slutdatumet eller återkallar en kurs.`
              : `${person.name} har ingen e-postadress och får inget meddelande om ändringen.`}{' '}
            Det som redan är gjort i kursen finns alltid kvar.
          </p>
          <AssignmentChanges
            items={row.items.map((i) => ({
              assignmentId: i.assignmentId,
              title: i.title,
              dueDay: i.dueAt ? stockholmDay(i.dueAt) : null,
              fromRule: i.source === 'RULE',
            }))}
            today={today}
            latest={addYears(today, DUE_YEARS_AHEAD)}
          />
        </section>
      ) : null}
      {paths.length > 0 ? (
        <section aria-labelledby="paths-heading" className="mb-8">
          <h2 id="paths-heading" className="mb-3 text-xl font-semibold">
            Lärvägar
          </h2>
          <PathProgressList paths={paths} />
        </section>
      ) : null}
      <section aria-labelledby="completed-heading">
        <h2 id="completed-heading" className="mb-3 text-xl font-semibold">
          Klara kurser
        </h2>
        <PersonCompletions name={person.name} completed={completed} />
      </section>
      {withdrawn.length > 0 ? (
        <section aria-labelledby="withdrawn-heading" className="mt-8">
          <h2 id="withdrawn-heading" className="mb-3 text-xl font-semibold">
            Återkallade kurser
          </h2>
          <PersonWithdrawals personId={person.id} withdrawn={withdrawn} />
        </section>
      ) : null}
    </>
  );
}
