import type { Metadata } from 'next';
import { RuleForm } from '@/components/team/rule-form';
import { RuleList } from '@/components/team/rule-list';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { canManageOrganisationRules } from '@/lib/auth/permissions';
import { listAssignable } from '@/lib/data/assignable';
import { listRules } from '@/lib/data/rule-list';
import { listScopeUnits } from '@/lib/data/scope-units';

export const metadata: Metadata = { title: 'Regler för tilldelning' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function RulesPage({ searchParams }: Props) {
  const viewer = await requirePermission('rules:manage-units', '/chef/regler');
  const organisationWide = canManageOrganisationRules(viewer);
  const [rules, items, units] = await Promise.all([
    listRules(viewer),
    listAssignable(),
    listScopeUnits(viewer, organisationWide),
  ]);
  // From the needs page: ?kurs=<slug>&enhet=<unit id>; anything unknown or out of reach starts empty.
  const params = await searchParams;
  const course = items.courses.find((c) => c.slug === one(params.kurs));
  const unit = units.find((u) => u.id === one(params.enhet));
  const defaults = { item: course ? `course:${course.id}` : undefined, unitId: unit?.id };
  return (
    <>
      <PageHeader
        title="Regler för tilldelning"
        lead="En regel ger alla i en enhet, eller alla med en viss målgrupp, en kurs eller lärväg. Den gäller dem som finns där nu och dem som börjar, flyttar hit eller byter målgrupp senare."
      />
      <section aria-labelledby="rules-heading" className="mb-10">
        <h2 id="rules-heading" className="mb-3 text-xl font-semibold">
          Regler som gäller
        </h2>
        <p className="mb-3 text-slate-700">
          Tar du bort en regel får ingen ny kursen genom den. Det som redan tilldelats finns kvar, liksom allt som
          personerna har gjort.
        </p>
        <RuleList rules={rules} />
      </section>
      <section aria-labelledby="new-rule-heading" id="ny-regel">
        <h2 id="new-rule-heading" className="mb-3 text-xl font-semibold">
          Ny regel
        </h2>
        {units.length === 0 && !organisationWide ? (
          <p>Du står inte som chef för någon enhet, så du kan inte göra regler.</p>
        ) : (
          <RuleForm items={items} units={units} organisationWide={organisationWide} defaults={defaults} />
        )}
      </section>
    </>
  );
}
