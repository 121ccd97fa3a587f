import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AssignForm } from '@/components/team/assign-form';
import { SEARCH_FORM_ID } from '@/components/team/people-picker';
import { PageHeader } from '@/components/ui/page-header';
import { stockholmDay } from '@/lib/dates';
import { requirePermission } from '@/lib/auth/guards';
import { listAssignable } from '@/lib/data/assignable';
import { courseTitlesIn, pathTitlesIn } from '@/lib/data/learning';
import type { Locale } from '@/lib/i18n/config';
import { listTeam } from '@/lib/data/people';
import { listScopeUnits } from '@/lib/data/scope-units';
import { matchesName, searchParam } from '@/lib/validation/assign-search';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('assign'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssignPage({ searchParams }: Props) {
  const viewer = await requirePermission('team:assign', '/chef/tilldela');
  const params = await searchParams;
  const search = searchParam(params.sok);
  const course = searchParam(params.kurs);
  const locale = (await getLocale()) as Locale;
  const [stored, team, units, t] = await Promise.all([
    listAssignable(),
    listTeam(viewer),
    listScopeUnits(viewer),
    getTranslations('assign'),
  ]);
  // The courses and paths by their titles in the manager's language where they have one.
  const [courseTitles, pathTitles] = await Promise.all([
    courseTitlesIn(
      stored.courses.map((c) => c.id),
      locale,
    ),
    pathTitlesIn(locale),
  ]);
  const items = {
    paths: stored.paths.map((p) => ({ ...p, ...pathTitles.get(p.id) })),
    courses: stored.courses.map((c) => ({ ...c, ...courseTitles.get(c.id) })),
  };
  const shown = team.filter((p) => matchesName(p.name, search));
  const asked = [params.person ?? []].flat();
  const preselected = params.alla === 'ja' ? [...new Set([...asked, ...shown.map((p) => p.id)])] : asked;
  const me = team.find((p) => p.id === viewer.id);
  const selfNote = me ? (me.unitName ? t('selfIn', { unit: me.unitName }) : t('selfInSome')) : t('selfOut');
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      {team.length === 0 ? (
        <p>{t('noTeam')}</p>
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
