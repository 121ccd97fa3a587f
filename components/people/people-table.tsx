import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { PersonSummary } from '@/lib/data/people';
import type { Audience, Role } from '@/lib/generated/sqlite/enums';
import { TableRegion } from '@/components/ui/table-region';

export function PeopleTable({
  people,
  caption,
  linkBase,
}: {
  people: PersonSummary[];
  caption: string;
  linkBase?: string;
}) {
  const t = useTranslations('adminPeople.table');
  const labels = useTranslations('labels');
  return (
    <TableRegion label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('name')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('unit')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('audience')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('role')}
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                {linkBase ? <Link href={`${linkBase}/${p.id}`}>{p.name}</Link> : p.name}
                {p.active ? null : <span className="ml-2 text-slate-600">{t('inactive')}</span>}
              </th>
              <td className="py-2 pr-4">{p.unitName ?? '–'}</td>
              <td className="py-2 pr-4">{labels(`audience.${p.audience as Audience}`)}</td>
              <td className="py-2 pr-4">{labels(`role.${p.role as Role}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
