import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttendanceForm } from '@/components/sessions/attendance-form';
import { CancelForm } from '@/components/sessions/cancel-form';
import { RescheduleForm } from '@/components/sessions/reschedule-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { formatLongDateTime, stockholmClock, stockholmDay } from '@/lib/dates';
import { hasDiscussionGuide } from '@/lib/data/discussion-guides';
import { relatedGuides } from '@/lib/data/guides';
import { listPublishedExamples } from '@/lib/data/learning-examples';
import { ExpectedError } from '@/lib/errors';
import { getSession, listAttendance, listInvited } from '@/lib/data/group-sessions';
import { meetingKindLabels } from '@/lib/labels';
import { DIGITAL_PLACE } from '@/lib/sessions/session';
import { counted } from '@/lib/counted';

export const metadata: Metadata = { title: 'Gruppträff' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ planerad?: string }> };

export default async function SessionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePermission('sessions:plan-units', `/chef/traffar/${id}`);
  // Another unit's session, or none: the same answer, so ids reveal nothing.
  const session = await getSession(viewer, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && ['NOT_FOUND', 'FORBIDDEN'].includes(error.code)) notFound();
    throw error;
  });
  const [people, present, guides, published] = await Promise.all([
    listInvited(session),
    listAttendance(session),
    relatedGuides(session.guideSlugs),
    session.exampleIds.length ? listPublishedExamples(viewer) : Promise.resolve([]),
  ]);
  // Only those still published: an example withdrawn since planning is left out.
  const examples = published.filter((e) => session.exampleIds.includes(e.id));
  const planned = /^(\d{1,5})-(\d{1,5})$/.exec((await searchParams).planerad ?? '');
  const [invited, mailed] = planned ? [planned[1], planned[2]] : [];
  const title = `${meetingKindLabels[session.kind]} ${formatLongDateTime(session.startsAt)}`;
  return (
    <>
      <PageHeader
        title={title}
        lead={`${session.course?.title ?? 'Vägledning'} · ${session.units.map((u) => u.name).join(', ')}`}
      />
      {invited ? (
        <Alert tone="success">
          Träffen är planerad. {invited} personer är inbjudna, och {mailed} av dem har fått en inbjudan med e-post.
          Skriv ut anslaget till dem som inte har e-post.
        </Alert>
      ) : null}
      <dl className="my-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Tid</dt>
        <dd>
          {formatLongDateTime(session.startsAt)}, {session.minutes} minuter
        </dd>
        <dt className="font-semibold">Plats</dt>
        <dd className="break-words">{session.place}</dd>
        <dt className="font-semibold">Inbjudna</dt>
        <dd>{counted(people.length, 'person', 'personer')}</dd>
        {session.course ? (
          <>
            <dt className="font-semibold">Lektioner</dt>
            <dd>
              <ol className="list-inside list-decimal">
                {session.coveredLessons.map((l) => (
                  <li key={l.id}>{l.title}</li>
                ))}
              </ol>
            </dd>
          </>
        ) : null}
        {guides.length ? (
          <>
            <dt className="font-semibold">Vägledning</dt>
            <dd>
              <ul>
                {guides.map((g) => (
                  <li key={g.slug}>
                    <Link href={`/vagledning/${g.slug}`}>{g.title}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {examples.length ? (
          <>
            <dt className="font-semibold">Lärande exempel</dt>
            <dd>
              <ul>
                {examples.map((e) => (
                  <li key={e.id}>
                    <Link href={`/exempel/${e.id}`}>{e.title}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <ul className="mb-8 space-y-2">
        <li>
          <a href={`/traffar/${session.id}/kalender.ics`} download>
            Lägg in i kalendern (.ics-fil för Outlook och Google Kalender)
          </a>
        </li>
        <li>
          <Link href={`/chef/traffar/${session.id}/anslag`}>Anslag att skriva ut till personalrummet</Link>
        </li>
        {session.course && hasDiscussionGuide(session.course.slug) ? (
          <li>
            <Link href={`/kurser/${session.course.slug}/samtalsguide`}>Samtalsguide för träffen</Link> (också som PDF)
          </li>
        ) : null}
      </ul>
      <section aria-labelledby="attendance-heading">
        <h2 id="attendance-heading" className="mb-3 text-xl font-semibold">
          Närvaro
        </h2>
        {session.started ? (
          <AttendanceForm
            sessionId={session.id}
            people={people.map((p) => ({
              id: p.id,
              name: p.name,
              unitName: p.unit?.name ?? null,
              hasEmail: !!p.email,
            }))}
            present={session.attendanceAt ? present : null}
            notes={session.notes ?? ''}
          />
        ) : (
          <p>Närvaron fyller du i när träffen har börjat.</p>
        )}
      </section>
      {session.started ? null : (
        <section aria-labelledby="reschedule-heading" className="mt-10 border-t border-slate-200 pt-6">
          <h2 id="reschedule-heading" className="mb-3 text-xl font-semibold">
            Flytta träffen
          </h2>
          <RescheduleForm
            sessionId={session.id}
            date={stockholmDay(session.startsAt)}
            time={stockholmClock(session.startsAt)}
            minutes={session.minutes}
            place={session.place}
            digital={session.place === DIGITAL_PLACE}
          />
        </section>
      )}
      {session.started ? null : (
        <section aria-labelledby="cancel-heading" className="mt-10 border-t border-slate-200 pt-6">
          <h2 id="cancel-heading" className="mb-3 text-xl font-semibold">
            Ställ in träffen
          </h2>
          <p className="mb-3">
            De inbjudna som har e-post får besked, och träffen försvinner ur kalendern för den som öppnar kalenderfilen
            igen. Sätt upp ett nytt anslag för dem som inte har e-post.
          </p>
          <CancelForm sessionId={session.id} />
        </section>
      )}
    </>
  );
}
