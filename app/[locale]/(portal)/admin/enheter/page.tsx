import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { unitSelectOptions } from '@/components/admin/options';
import { CreateUnitForm } from '@/components/admin/unit-forms';
import { UnitTree } from '@/components/admin/unit-tree';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { listUnits } from '@/lib/data/admin-units';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminPeople.units'))('title') };
}

export default async function UnitsPage() {
  const viewer = await requirePermission('admin:units', '/admin/enheter');
  const [units, t] = await Promise.all([listUnits(viewer), getTranslations('adminPeople.units')]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <section aria-labelledby="trad" className="mb-10">
        <h2 id="trad" className="mb-4 text-xl font-semibold">
          {t('tree')}
        </h2>
        <UnitTree units={units} />
      </section>
      <section aria-labelledby="ny-enhet">
        <h2 id="ny-enhet" className="mb-4 text-xl font-semibold">
          {t('newUnit')}
        </h2>
        <CreateUnitForm parents={unitSelectOptions(units)} />
      </section>
    </>
  );
}
