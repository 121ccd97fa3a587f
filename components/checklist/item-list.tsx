import Link from 'next/link';
import { formatDay } from '@/lib/dates';
import type { StoredItem } from '@/lib/data/checklists';
import type { TemplateSection } from '@/lib/validation/checklist';
import { sectionHeadings } from '@/lib/checklist/status';
import { StatusBadge } from './status-badge';
import { TableRegion } from '@/components/ui/table-region';

type Props = {
  sections: TemplateSection[];
  items: ReadonlyMap<string, StoredItem>;
  href: (key: string) => string;
  overdue: ReadonlySet<string>;
};

/** Every section (commitment) with its items: status, responsible person and due date. */
export function ItemList({ sections, items, href, overdue }: Props) {
  const headings = sectionHeadings(sections);
  return (
    <div className="space-y-10">
      {sections.map((section, index) => {
        const id = `avsnitt-${section.key}`;
        return (
          <section key={section.key} aria-labelledby={id}>
            <h3 id={id} className="text-lg font-semibold">
              {headings[index]}
            </h3>
            <p className="mt-1 mb-3 max-w-3xl text-slate-700">{section.commitment}</p>
            <TableRegion label={`Punkter i ${section.title}`}>
              <table className="w-full table-fixed border-collapse text-sm">
                <caption className="sr-only">Punkter i {section.title}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-300 text-left">
                    <th scope="col" className="w-1/2 py-2 pr-4">
                      Punkt
                    </th>
                    <th scope="col" className="w-36 py-2 pr-4">
                      Status
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Ansvarig
                    </th>
                    <th scope="col" className="w-40 py-2">
                      Klart senast
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {section.items.map((item) => {
                    const saved = items.get(item.key);
                    return (
                      <tr key={item.key} className="border-b border-slate-200 align-top">
                        <th scope="row" className="py-2 pr-4 text-left font-normal">
                          <Link href={href(item.key)}>{item.title}</Link>
                        </th>
                        <td className="py-2 pr-4">
                          <StatusBadge status={saved?.status ?? 'NOT_STARTED'} />
                        </td>
                        <td className="py-2 pr-4">{saved?.responsible?.name ?? '–'}</td>
                        <td className="py-2">
                          {saved?.dueOn ? formatDay(saved.dueOn) : '–'}
                          {overdue.has(item.key) ? <strong className="block text-red-800">Försenad</strong> : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableRegion>
          </section>
        );
      })}
    </div>
  );
}
