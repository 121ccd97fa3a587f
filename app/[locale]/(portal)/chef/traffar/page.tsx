import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { formatLongDateTime } from '@/lib/dates';
import { listSessions } from '@/lib/data/group-sessions';
import { meetingKindLabels } from '@/lib/labels';

export const metadata: Metadata = { title: 'Gruppträffar' };

type Props = { searchParams: Promise<{ installd?: string }> };

export default async function SessionsPage({ searchParams }: Props) {
  const viewer = await requirePermission('sessions:plan-units', '/chef/traffar');
  const cancelled = /^\d{1,5}$/.exec((await searchParams).installd ?? '')?.[0];
  const sessions = await listSessions(viewer);
  const upcoming = sessions.filter((s) => !s.started).reverse();
  const past = sessions.filter((s) => s.started);
  const list = (items: typeof sessions, empty: string) =>
    items.length === 0 ? (
      <p>{empty}</p>
    ) : (
      <ul className="space-y-3">
        {items.map((s) => (
          <li key={s.id} className="rounded-lg border border-slate-300 p-4">
            <p className="font-semibold">
              <Link href={`/chef/traffar/${s.id}`}>
                {meetingKindLabels[s.kind]} {formatLongDateTime(s.startsAt)}
              </Link>
            </p>
            <p>
              {s.course?.title ?? 'Vägledning'} · {s.units.map((u) => u.name).join(', ')} · {s.place}
            </p>
            {s.started ? (
              <p className="text-sm text-slate-700">
                {s.attendanceAt ? `${s.attended} närvarande` : 'Närvaron är inte ifylld än'}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <PageHeader
        title="Gruppträffar"
        lead="Kurser som ni går igenom tillsammans på vanliga möten. Det når också dem som inte har en dator på jobbet."
      >
        <p className="mt-4">
          <Link href="/chef/traffar/ny" className="btn-primary no-underline hover:text-white">
            Planera en gruppträff
          </Link>
        </p>
      </PageHeader>
      {cancelled ? (
        <div className="mb-6">
          <Alert tone="success">Träffen är inställd. {cancelled} inbjudna har fått besked med e-post.</Alert>
        </div>
      ) : null}
      <section aria-labelledby="upcoming" className="mb-8">
        <h2 id="upcoming" className="mb-3 text-xl font-semibold">
          Kommande
        </h2>
        {list(upcoming, 'Inga planerade träffar.')}
      </section>
      <section aria-labelledby="past">
        <h2 id="past" className="mb-3 text-xl font-semibold">
          Tidigare
        </h2>
        {list(past, 'Inga tidigare träffar.')}
      </section>
    </>
  );
}
