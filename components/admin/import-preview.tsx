import type { PlanSummary } from '@/lib/import/summary';
import { TableRegion } from '@/components/ui/table-region';
import { formatCount } from '@/lib/numbers';

function List<T>({
  title,
  count,
  items,
  render,
}: {
  title: string;
  count: number;
  items: T[];
  render: (item: T) => React.ReactNode;
}) {
  if (count === 0) return null;
  return (
    <details className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium">
        Visa {title} ({formatCount(count)})
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
        {items.map((item, i) => (
          <li key={i}>{render(item)}</li>
        ))}
      </ul>
      {count > items.length ? (
        <p className="mt-2 text-sm text-slate-600">… och {formatCount(count - items.length)} till.</p>
      ) : null}
    </details>
  );
}

/** What the import would do. Nothing has been written when this shows. */
export function ImportPreview({ summary }: { summary: PlanSummary }) {
  const { counts } = summary;
  return (
    <div className="space-y-4">
      {counts.errors > 0 ? (
        <TableRegion label="Rader med fel">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-semibold text-red-800">
              Rader med fel ({formatCount(counts.errors)})
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  Rad
                </th>
                <th scope="col" className="py-2 pr-4">
                  Fel
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.errors.map((e) => (
                <tr key={e.line} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {e.line}
                  </th>
                  <td className="py-2 pr-4">{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {counts.errors > summary.errors.length ? (
            <p className="mt-2 text-sm">Visar de första {summary.errors.length} felen.</p>
          ) : null}
        </TableRegion>
      ) : null}
      <h3 className="text-lg font-semibold">
        {counts.errors > 0 ? 'Det här skulle hända när felen är rättade' : 'Det här händer om du importerar'}
      </h3>
      <ul className="space-y-1">
        <li>Nya personer: {formatCount(counts.creates)}</li>
        <li>Ändrade uppgifter: {formatCount(counts.updates)}</li>
        <li>Flyttas till en annan enhet: {formatCount(counts.moves)}</li>
        <li>Blir chef för sin enhet: {formatCount(counts.managerAdds)}</li>
        <li>Inaktiveras: {formatCount(counts.deactivations)}</li>
        <li>Oförändrade: {formatCount(counts.unchanged)}</li>
      </ul>
      <List
        title="nya personer"
        count={counts.creates}
        items={summary.creates}
        render={(c) => `${c.name} (${c.who}), ${c.unit}`}
      />
      <List
        title="ändrade uppgifter"
        count={counts.updates}
        items={summary.updates}
        render={(u) => `${u.name} (${u.who}): ${u.changes}`}
      />
      <List
        title="de som flyttas"
        count={counts.moves}
        items={summary.moves}
        render={(m) => `${m.name}: från ${m.from} till ${m.to}`}
      />
      <List
        title="nya chefer"
        count={summary.managerAdds.length}
        items={summary.managerAdds}
        render={(m) => `${m.who}: ${m.unit}`}
      />
      <List
        title="de som inaktiveras"
        count={counts.deactivations}
        items={summary.deactivations}
        render={(d) => `${d.name} (${d.who})`}
      />
    </div>
  );
}
