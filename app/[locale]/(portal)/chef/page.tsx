import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CourseSummaryTable } from '@/components/team/course-summary';
import { DigestSetting } from '@/components/team/digest-setting';
import { Pagination } from '@/components/team/pagination';
import { ReminderForm } from '@/components/team/reminder-form';
import { TeamFilters, teamQueryParams } from '@/components/team/team-filters';
import { TeamTable } from '@/components/team/team-table';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { itemTitlesIn } from '@/lib/data/learning';
import { getDigestOptOut } from '@/lib/data/reminders';
import { listScopeUnits } from '@/lib/data/scope-units';
import { getTeamView } from '@/lib/data/team';
import type { Locale } from '@/lib/i18n/config';
import { parseTeamQuery } from '@/lib/validation/assignments';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('team'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TeamPage({ searchParams }: Props) {
  const viewer = await requirePermission('team:view', '/chef');
  const query = parseTeamQuery(await searchParams);
  const locale = (await getLocale()) as Locale;
  const [team, units, optedOut, t] = await Promise.all([
    getTeamView(viewer, query),
    listScopeUnits(viewer),
    getDigestOptOut(viewer.id),
    getTranslations('team'),
  ]);
  if (team.size === 0) {
    return (
      <>
        <PageHeader title={t('title')} lead={t('leadShort')} />
        <p>{t('notManager')}</p>
      </>
    );
  }
  const { page } = team;
  // Course and path titles in the manager's language where they have one.
  const courseIds = [
    ...page.rows.flatMap((r) => r.items.map((i) => i.courseId)),
    ...[...team.unassigned.values()].flat().map((c) => c.courseId),
    ...team.courses.map((c) => c.courseId),
  ];
  const titles = await itemTitlesIn(courseIds, locale);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')}>
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/chef/tilldela" className="btn-primary no-underline hover:text-white">
            {t('assign')}
          </Link>
          <a href={`/chef/export${teamQueryParams(query)}`} download>
            {t('csv')}
          </a>
        </p>
      </PageHeader>
      <p className="mb-4">{t('size', { people: team.size, overdue: team.overdue })}</p>
      <TeamFilters query={query} units={units} />
      {page.total === 0 ? (
        <p>{t('noMatch')}</p>
      ) : (
        <ReminderForm>
          <TeamTable
            rows={page.rows}
            unassigned={team.unassigned}
            paths={team.paths}
            titles={titles}
            caption={
              page.pages > 1
                ? t('captionPaged', { total: page.total, page: page.page, pages: page.pages })
                : t('caption', { total: page.total })
            }
          />
        </ReminderForm>
      )}
      <Pagination page={page.page} pages={page.pages} href={(p) => `/chef${teamQueryParams(query, p)}`} />
      <section aria-labelledby="courses-heading" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="courses-heading" className="mb-3 text-xl font-semibold">
          {t('perCourse')}
        </h2>
        <p className="mb-3">{t('perCourseLead')}</p>
        <CourseSummaryTable courses={team.courses} titles={titles} />
      </section>
      <section aria-labelledby="digest-heading" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="digest-heading" className="mb-3 text-xl font-semibold">
          {t('mailHeading')}
        </h2>
        <DigestSetting optedOut={optedOut} />
      </section>
    </>
  );
}
