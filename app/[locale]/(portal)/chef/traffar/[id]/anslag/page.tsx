import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { TitleIn } from '@/components/learning/title-in';
import { requirePermission } from '@/lib/auth/guards';
import { formatLongDateTime } from '@/lib/dates';
import { getSession } from '@/lib/data/group-sessions';
import { courseTitlesIn, lessonTitlesIn } from '@/lib/data/learning';
import { courseUrl, qrSvg } from '@/lib/discussion-guides/qr';
import { ExpectedError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { DIGITAL_PLACE } from '@/lib/sessions/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sessions'))('noticeTitle') };
}

type Props = { params: Promise<{ id: string }> };

/**
 * A notice for the staff room, for those without e-mail: large, black on white, printable. In the
 * language of the manager who prints it, with the course's and lessons' titles in it where they
 * have one.
 */
export default async function SessionNoticePage({ params }: Props) {
  const { id } = await params;
  const viewer = await requirePermission('sessions:plan-units', `/chef/traffar/${id}/anslag`);
  const session = await getSession(viewer, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && ['NOT_FOUND', 'FORBIDDEN'].includes(error.code)) notFound();
    throw error;
  });
  const locale = (await getLocale()) as Locale;
  const [t, guideWords, courseTitles, lessonTitles] = await Promise.all([
    getTranslations('sessions'),
    getTranslations('discussionGuide'),
    courseTitlesIn(session.course ? [session.course.id] : [], locale),
    lessonTitlesIn(
      session.coveredLessons.map((l) => l.id),
      locale,
    ),
  ]);
  const url = session.course ? courseUrl(session.course.slug) : null;
  const svg = url ? await qrSvg(url, guideWords('qrLabel', { url })) : null;
  return (
    <article data-printable className="space-y-6 text-slate-900 print:text-black">
      <p className="text-sm print:hidden">{t('noticePrint')}</p>
      <h1 className="text-3xl font-bold break-words hyphens-auto sm:text-4xl">
        {t(`kind.${session.kind}`)}:{' '}
        {session.course ? (
          <TitleIn id={session.course.id} title={session.course.title} titles={courseTitles} />
        ) : (
          t('calendarTopic')
        )}
      </h1>
      <p className="text-2xl">{t('noticeWelcome')}</p>
      <dl className="grid gap-x-6 gap-y-2 text-xl sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('noticeWhen')}</dt>
        <dd>
          {t('noticeWhenValue', { when: formatLongDateTime(session.startsAt, locale), minutes: session.minutes })}
        </dd>
        <dt className="font-semibold">{t('noticeWhere')}</dt>
        <dd className="break-words">{session.place === DIGITAL_PLACE ? t('digital') : session.place}</dd>
        <dt className="font-semibold">{t('noticeWho')}</dt>
        <dd>{t('noticeEveryone', { units: session.units.map((u) => u.name).join(', ') })}</dd>
        {session.course ? (
          <>
            <dt className="font-semibold">{t('noticeWhat')}</dt>
            <dd>
              <ul className="list-inside list-disc">
                {session.coveredLessons.map((l) => (
                  <li key={l.id}>
                    <TitleIn id={l.id} title={l.title} titles={lessonTitles} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="text-lg">{t('noticeNoComputer')}</p>
      {url && svg ? (
        <div className="flex flex-wrap items-center gap-4">
          <div className="size-32 shrink-0" dangerouslySetInnerHTML={{ __html: svg }} />
          <p className="break-words">{t.rich('noticeQr', { url: () => <span className="break-all">{url}</span> })}</p>
        </div>
      ) : null}
    </article>
  );
}
