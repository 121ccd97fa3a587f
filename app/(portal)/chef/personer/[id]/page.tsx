import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PersonAssignments, PersonCompletions } from '@/components/team/person-follow-up';
import { ReminderForm } from '@/components/team/reminder-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getPersonFollowUp } from '@/lib/data/team';
import { ExpectedError } from '@/lib/errors';
import { addressLabel, audienceLabels } from '@/lib/labels';

export const metadata: Metadata = { title: 'Medarbetare' };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePermission('team:view', `/chef/personer/${id}`);
  const { person, row, completed } = await getPersonFollowUp(viewer, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const open = row.items.some((i) => i.status !== 'done');
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
        <dd>{audienceLabels[person.audience as keyof typeof audienceLabels]}</dd>
      </dl>
      <section aria-labelledby="assigned-heading" className="mb-8 space-y-4">
        <h2 id="assigned-heading" className="text-xl font-semibold">
          Tilldelade kurser
        </h2>
        <PersonAssignments name={person.name} items={row.items} />
        {open ? <ReminderForm single={{ id: person.id, name: person.name }} /> : null}
      </section>
      <section aria-labelledby="completed-heading">
        <h2 id="completed-heading" className="mb-3 text-xl font-semibold">
          Klara kurser
        </h2>
        <PersonCompletions name={person.name} completed={completed} />
      </section>
    </>
  );
}
