import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { TitleIn } from '@/components/learning/title-in';
import { AttendanceForm } from '@/components/sessions/attendance-form';
import { CancelForm } from '@/components/sessions/cancel-form';
import { RescheduleForm } from '@/components/sessions/reschedule-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { formatLongDateTime, stockholmClock, stockholmDay } from '@/lib/dates';
import { hasDiscussionGuide } from '@/lib/data/discussion-guides';
import { relatedGuides } from '@/lib/data/guides';
import { courseTitlesIn, lessonTitlesIn } from '@/lib/data/learning';
import { listPublishedExamples } from '@/lib/data/learning-examples';
import { ExpectedError } from '@/lib/errors';
import { getSession, listAttendance, listInvited } from '@/lib/data/group-sessions';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { DIGITAL_PLACE } from '@/lib/sessions/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sessions'))('metaTitle') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ planerad?: string }> };

export default async function SessionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePermission('sessions:plan-units', `/chef/traffar/${id}`);
  // Another unit's session, or none: the same answer, so ids reveal nothing.
  const session = await getSession(viewer, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && ['NOT_FOUND', 'FORBIDDEN'].includes(error.code)) notFound();
    throw error;
  });
  const locale = (await getLocale()) as Locale;
  const [people, present, guides, published, t, courseTitles, lessonTitles] = await Promise.all([
    listInvited(session),
    listAttendance(session),
    relatedGuides(session.guideSlugs),
    session.exampleIds.length ? listPublishedExamples(viewer) : Promise.resolve([]),
    getTranslations('sessions'),
    courseTitlesIn(session.course ? [session.course.id] : [], locale),
    lessonTitlesIn(
      session.coveredLessons.map((l) => l.id),
      locale,
    ),
  ]);
  // Only those still published: an example withdrawn since planning is left out.
  const examples = published.filter((e) => session.exampleIds.includes(e.id));
  const planned = /^(\d{1,5})-(\d{1,5})$/.exec((await searchParams).planerad ?? '');
  const [invited, mailed] = planned ? [planned[1], planned[2]] : [];
  const when = formatLongDateTime(session.startsAt, locale);
  const title = `${t(`kind.${session.kind}`)} ${when}`;
  const units = session.units.map((u) => u.name).join(', ');
  return (
    <>
      <PageHeader
        title={title}
        lead={
          <>
            {session.course ? (
              <TitleIn id={session.course.id} title={session.course.title} titles={courseTitles} />
            ) : (
              t('guidance')
            )}{' '}
            · {units}
          </>
        }
      />
      {invited ? (
        <Alert tone="success">{t('planned', { invited: Number(invited), mailed: Number(mailed) })}</Alert>
      ) : null}
      <dl className="my-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('when')}</dt>
        <dd>{t('whenValue', { when, minutes: session.minutes })}</dd>
        <dt className="font-semibold">{t('place')}</dt>
        <dd className="break-words">{session.place === DIGITAL_PLACE ? t('digital') : session.place}</dd>
        <dt className="font-semibold">{t('invited')}</dt>
        <dd>{t('invitedCount', { count: people.length })}</dd>
        {session.course ? (
          <>
            <dt className="font-semibold">{t('lessons')}</dt>
            <dd>
              <ol className="list-inside list-decimal">
                {session.coveredLessons.map((l) => (
                  <li key={l.id}>
                    <TitleIn id={l.id} title={l.title} titles={lessonTitles} />
                  </li>
                ))}
              </ol>
            </dd>
          </>
        ) : null}
        {guides.length ? (
          <>
            <dt className="font-semibold">{t('guidance')}</dt>
            <dd>
              <ul>
                {guides.map((g) => (
                  <li key={g.slug}>
                    <Link href={`/vagledning/${g.slug}`} lang={passageLang(locale)}>
                      {g.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {examples.length ? (
          <>
            <dt className="font-semibold">{t('learningExamples')}</dt>
            <dd>
              <ul>
                {examples.map((e) => (
                  <li key={e.id}>
                    <Link href={`/exempel/${e.id}`} lang={passageLang(locale)}>
                      {e.title}
                    </Link>
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
            {t('calendar')}
          </a>
        </li>
        <li>
          <Link href={`/chef/traffar/${session.id}/anslag`}>{t('notice')}</Link>
        </li>
        {session.course && hasDiscussionGuide(session.course.slug) ? (
          <li>
            <Link href={`/kurser/${session.course.slug}/samtalsguide`}>{t('discussionGuide')}</Link> {t('alsoPdf')}
          </li>
        ) : null}
      </ul>
      <section aria-labelledby="attendance-heading">
        <h2 id="attendance-heading" className="mb-3 text-xl font-semibold">
          {t('attendanceHeading')}
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
          <p>{t('attendanceLater')}</p>
        )}
      </section>
      {session.started ? null : (
        <section aria-labelledby="reschedule-heading" className="mt-10 border-t border-slate-200 pt-6">
          <h2 id="reschedule-heading" className="mb-3 text-xl font-semibold">
            {t('rescheduleHeading')}
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
            {t('cancelHeading')}
          </h2>
          <p className="mb-3">{t('cancelLead')}</p>
          <CancelForm sessionId={session.id} />
        </section>
      )}
    </>
  );
}
