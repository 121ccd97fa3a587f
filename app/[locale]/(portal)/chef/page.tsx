import type { Metadata } from 'next';
import Link from 'next/link';
import { CourseSummaryTable } from '@/components/team/course-summary';
import { DigestSetting } from '@/components/team/digest-setting';
import { Pagination } from '@/components/team/pagination';
import { ReminderForm } from '@/components/team/reminder-form';
import { TeamFilters, teamQueryParams } from '@/components/team/team-filters';
import { TeamTable } from '@/components/team/team-table';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getDigestOptOut } from '@/lib/data/reminders';
import { listScopeUnits } from '@/lib/data/scope-units';
import { getTeamView } from '@/lib/data/team';
import { parseTeamQuery } from '@/lib/validation/assignments';

export const metadata: Metadata = { title: 'Mitt team' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TeamPage({ searchParams }: Props) {
  const viewer = await requirePermission('team:view', '/chef');
  const query = parseTeamQuery(await searchParams);
  const [team, units, optedOut] = await Promise.all([
    getTeamView(viewer, query),
    listScopeUnits(viewer),
    getDigestOptOut(viewer.id),
  ]);
  if (team.size === 0) {
    return (
      <>
        <PageHeader title="Mitt team" lead="Medarbetare i de enheter du är chef för, och i enheterna under dem." />
        <p>Du står inte som chef för någon enhet. Kontakta portalens administratör om det är fel.</p>
      </>
    );
  }
  const { page } = team;
  return (
    <>
      <PageHeader
        title="Mitt team"
        lead="Medarbetare i de enheter du är chef för, och i enheterna under dem: vad de har fått, hur långt de har kommit och vad som är försenat."
      >
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/chef/tilldela" className="btn-primary no-underline hover:text-white">
            Tilldela en kurs eller lärväg
          </Link>
          <a href={`/chef/export${teamQueryParams(query)}`} download>
            Ladda ner listan som CSV-fil (för Excel)
          </a>
        </p>
      </PageHeader>
      <p className="mb-4">
        {team.size} personer, varav {team.overdue} med försenade kurser.
      </p>
      <TeamFilters query={query} units={units} />
      {page.total === 0 ? (
        <p>Ingen i teamet matchar filtret.</p>
      ) : (
        <ReminderForm>
          <TeamTable
            rows={page.rows}
            unassigned={team.unassigned}
            paths={team.paths}
            caption={`${page.total} personer${page.pages > 1 ? `, sida ${page.page} av ${page.pages}` : ''}`}
          />
        </ReminderForm>
      )}
      <Pagination page={page.page} pages={page.pages} href={(p) => `/chef${teamQueryParams(query, p)}`} />
      <section aria-labelledby="courses-heading" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="courses-heading" className="mb-3 text-xl font-semibold">
          Per kurs
        </h2>
        <p className="mb-3">
          Hur många i teamet som har kursen tilldelad, hur många av dem som är klara eller försenade, och hur många som
          har gått den utan att ha fått den.
        </p>
        <CourseSummaryTable courses={team.courses} />
      </section>
      <section aria-labelledby="digest-heading" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="digest-heading" className="mb-3 text-xl font-semibold">
          E-post till dig
        </h2>
        <DigestSetting optedOut={optedOut} />
      </section>
    </>
  );
}
