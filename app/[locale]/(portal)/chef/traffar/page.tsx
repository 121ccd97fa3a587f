import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { TitleIn } from '@/components/learning/title-in';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { formatLongDateTime } from '@/lib/dates';
import { listSessions } from '@/lib/data/group-sessions';
import { courseTitlesIn } from '@/lib/data/learning';
import type { Locale } from '@/lib/i18n/config';
import { DIGITAL_PLACE } from '@/lib/sessions/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sessions'))('title') };
}

type Props = { searchParams: Promise<{ installd?: string }> };

export default async function SessionsPage({ searchParams }: Props) {
  const viewer = await requirePermission('sessions:plan-units', '/chef/traffar');
  const cancelled = /^\d{1,5}$/.exec((await searchParams).installd ?? '')?.[0];
  const locale = (await getLocale()) as Locale;
  const [sessions, t] = await Promise.all([listSessions(viewer), getTranslations('sessions')]);
  const titles = await courseTitlesIn(
    sessions.flatMap((s) => (s.course ? [s.course.id] : [])),
    locale,
  );
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
                {t(`kind.${s.kind}`)} {formatLongDateTime(s.startsAt, locale)}
              </Link>
            </p>
            <p>
              {s.course ? <TitleIn id={s.course.id} title={s.course.title} titles={titles} /> : t('guidance')} ·{' '}
              {s.units.map((u) => u.name).join(', ')} · {s.place === DIGITAL_PLACE ? t('digital') : s.place}
            </p>
            {s.started ? (
              <p className="text-sm text-slate-700">
                {s.attendanceAt ? t('attended', { count: s.attended }) : t('attendanceMissing')}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')}>
        <p className="mt-4">
          <Link href="/chef/traffar/ny" className="btn-primary no-underline hover:text-white">
            {t('plan')}
          </Link>
        </p>
      </PageHeader>
      {cancelled ? (
        <div className="mb-6">
          <Alert tone="success">{t('cancelled', { count: Number(cancelled) })}</Alert>
        </div>
      ) : null}
      <section aria-labelledby="upcoming" className="mb-8">
        <h2 id="upcoming" className="mb-3 text-xl font-semibold">
          {t('upcoming')}
        </h2>
        {list(upcoming, t('noUpcoming'))}
      </section>
      <section aria-labelledby="past">
        <h2 id="past" className="mb-3 text-xl font-semibold">
          {t('past')}
        </h2>
        {list(past, t('noPast'))}
      </section>
    </>
  );
}
