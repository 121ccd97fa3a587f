import Link from 'next/link';
import type { PersonSummary } from '@/lib/data/people';
import { audienceLabels, roleLabels } from '@/lib/labels';
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
  return (
    <TableRegion label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Namn
            </th>
            <th scope="col" className="py-2 pr-4">
              Enhet
            </th>
            <th scope="col" className="py-2 pr-4">
              Målgrupp
            </th>
            <th scope="col" className="py-2 pr-4">
              Roll
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                {linkBase ? <Link href={`${linkBase}/${p.id}`}>{p.name}</Link> : p.name}
                {p.active ? null : <span className="ml-2 text-slate-600">(inaktiv)</span>}
              </th>
              <td className="py-2 pr-4">{p.unitName ?? '–'}</td>
              <td className="py-2 pr-4">{audienceLabels[p.audience as keyof typeof audienceLabels]}</td>
              <td className="py-2 pr-4">{roleLabels[p.role as keyof typeof roleLabels]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
