import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { unitSelectOptions } from '@/components/admin/options';
import { AddManagerForm, MoveUnitForm, RemoveManagerForm, RenameUnitForm } from '@/components/admin/unit-forms';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { listUnitOptions, listUnits } from '@/lib/data/admin-units';
import { isInSubtree } from '@/lib/units/tree';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminPeople.unit'))('metaTitle') };
}

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePermission('admin:units', `/admin/enheter/${id}`);
  const [units, options, t] = await Promise.all([
    listUnits(viewer),
    listUnitOptions(viewer),
    getTranslations('adminPeople.unit'),
  ]);
  const unit = units.find((u) => u.id === id);
  if (!unit) notFound();
  const label = options.find((o) => o.id === id)?.label ?? unit.name;
  // A unit cannot move into itself or below itself, so those are not offered.
  const parents = unitSelectOptions(units.filter((u) => !isInSubtree(unit, u)));
  return (
    <>
      <PageHeader title={unit.name} lead={label}>
        <p className="mt-3">
          <Link href={`/admin?enhet=${unit.id}`}>{t('showPeople', { count: unit.activePeople })}</Link> ·{' '}
          <Link href="/admin/enheter">{t('allUnits')}</Link>
        </p>
      </PageHeader>
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="chefer">
          <h2 id="chefer" className="mb-4 text-xl font-semibold">
            {t('managers')}
          </h2>
          {unit.managers.length === 0 ? (
            <p className="mb-4 text-slate-700">{t('noManager')}</p>
          ) : (
            <ul className="mb-6 space-y-2">
              {unit.managers.map((m) => (
                <li key={m.id}>
                  <Link href={`/admin/personer/${m.id}`}>{m.name}</Link>{' '}
                  {m.active ? null : <span className="text-slate-600">{t('inactive')}</span>}{' '}
                  <RemoveManagerForm unitId={unit.id} userId={m.id} name={m.name} />
                </li>
              ))}
            </ul>
          )}
          <AddManagerForm unitId={unit.id} />
        </section>
        <div className="space-y-10">
          <section aria-labelledby="byt-namn">
            <h2 id="byt-namn" className="mb-4 text-xl font-semibold">
              {t('rename')}
            </h2>
            <RenameUnitForm id={unit.id} name={unit.name} />
          </section>
          <section aria-labelledby="flytta">
            <h2 id="flytta" className="mb-4 text-xl font-semibold">
              {t('move')}
            </h2>
            <MoveUnitForm id={unit.id} parentId={unit.parentId} parents={parents} />
          </section>
        </div>
      </div>
    </>
  );
}
