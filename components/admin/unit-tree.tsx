import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { AdminUnit } from '@/lib/data/admin-units';
import { buildUnitTree, type UnitTreeNode } from '@/lib/units/tree';

function Branch({ nodes }: { nodes: UnitTreeNode<AdminUnit>[] }) {
  const t = useTranslations('adminPeople.units');
  return (
    <ul className="space-y-2 border-l border-slate-300 pl-5">
      {nodes.map((unit) => (
        <li key={unit.id}>
          <Link href={`/admin/enheter/${unit.id}`} className="font-medium">
            {unit.name}
          </Link>
          <span className="ml-2 text-sm text-slate-600">
            {t('people', { count: unit.activePeople })}
            {unit.managers.length > 0
              ? ` · ${t('managers', { names: unit.managers.map((m) => m.name).join(', ') })}`
              : ''}
          </span>
          {unit.children.length > 0 ? (
            <div className="mt-2">
              <Branch nodes={unit.children} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The organisation's units as a nested list (förvaltning → avdelning → enhet). */
export function UnitTree({ units }: { units: AdminUnit[] }) {
  const t = useTranslations('adminPeople.units');
  const roots = buildUnitTree(units);
  if (roots.length === 0) return <p>{t('empty')}</p>;
  return <Branch nodes={roots} />;
}
