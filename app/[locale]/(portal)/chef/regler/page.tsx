import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { RuleForm } from '@/components/team/rule-form';
import { RuleList } from '@/components/team/rule-list';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { canManageOrganisationRules } from '@/lib/auth/permissions';
import { listAssignable } from '@/lib/data/assignable';
import { courseTitlesIn, pathTitlesIn } from '@/lib/data/learning';
import type { Locale } from '@/lib/i18n/config';
import { listRules } from '@/lib/data/rule-list';
import { listScopeUnits } from '@/lib/data/scope-units';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rules'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function RulesPage({ searchParams }: Props) {
  const viewer = await requirePermission('rules:manage-units', '/chef/regler');
  const organisationWide = canManageOrganisationRules(viewer);
  const locale = (await getLocale()) as Locale;
  const [rules, stored, units, t] = await Promise.all([
    listRules(viewer),
    listAssignable(),
    listScopeUnits(viewer, organisationWide),
    getTranslations('rules'),
  ]);
  // The courses and paths by their titles in the reader's language where they have one.
  const [courseTitles, pathTitles] = await Promise.all([
    courseTitlesIn([...stored.courses.map((c) => c.id), ...rules.map((r) => r.itemId)], locale),
    pathTitlesIn(locale),
  ]);
  const titles = new Map([...courseTitles, ...pathTitles]);
  const items = {
    paths: stored.paths.map((p) => ({ ...p, ...pathTitles.get(p.id) })),
    courses: stored.courses.map((c) => ({ ...c, ...courseTitles.get(c.id) })),
  };
  // From the needs page: ?kurs=<slug>&enhet=<unit id>; anything unknown or out of reach starts empty.
  const params = await searchParams;
  const course = stored.courses.find((c) => c.slug === one(params.kurs));
  const unit = units.find((u) => u.id === one(params.enhet));
  const defaults = { item: course ? `course:${course.id}` : undefined, unitId: unit?.id };
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <section aria-labelledby="rules-heading" className="mb-10">
        <h2 id="rules-heading" className="mb-3 text-xl font-semibold">
          {t('currentHeading')}
        </h2>
        <p className="mb-3 text-slate-700">{t('currentLead')}</p>
        <RuleList rules={rules} titles={titles} />
      </section>
      <section aria-labelledby="new-rule-heading" id="ny-regel">
        <h2 id="new-rule-heading" className="mb-3 text-xl font-semibold">
          {t('newHeading')}
        </h2>
        {units.length === 0 && !organisationWide ? (
          <p>{t('notManager')}</p>
        ) : (
          <RuleForm items={items} units={units} organisationWide={organisationWide} defaults={defaults} />
        )}
      </section>
    </>
  );
}
