import type { ChecklistProgress, Counts, SectionProgress } from '@/lib/checklist/progress';
import { TableRegion } from '@/components/ui/table-region';

const percent = (c: Counts) => (c.percent === null ? 'inga punkter gäller' : `${c.percent} %`);

function Row({ label, counts, strong }: { label: string; counts: Counts; strong?: boolean }) {
  return (
    <tr className={`border-b border-slate-200 ${strong ? 'font-semibold' : ''}`}>
      <th scope="row" className={`py-2 pr-4 text-left ${strong ? 'font-semibold' : 'font-normal'}`}>
        {label}
      </th>
      <td className="py-2 pr-4 text-right">{counts.done}</td>
      <td className="py-2 pr-4 text-right">{counts.inProgress}</td>
      <td className="py-2 pr-4 text-right">{counts.notStarted}</td>
      <td className="py-2 pr-4 text-right">{counts.notApplicable}</td>
      <td className="py-2 text-right">{percent(counts)}</td>
    </tr>
  );
}

const sectionLabel = (s: SectionProgress, i: number) => (s.optional ? s.title : `${i + 1}. ${s.title}`);

/** Progress per commitment and overall; optional sections are listed apart and not in the total. */
export function ProgressTable({ progress }: { progress: ChecklistProgress }) {
  return (
    <TableRegion label="Punkter per åtagande">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-slate-700">
          Punkter per åtagande. Andel klara räknas på de punkter som gäller er, alltså utan de som är ej aktuella.
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left">
            <th scope="col" className="py-2 pr-4">
              Åtagande
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Klara
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Pågår
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Ej påbörjade
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Ej aktuella
            </th>
            <th scope="col" className="py-2 text-right">
              Andel klara
            </th>
          </tr>
        </thead>
        <tbody>
          {progress.sections.map((s, i) => (
            <Row key={s.key} label={sectionLabel(s, i)} counts={s} />
          ))}
          <Row label="Hela artikeln" counts={progress.overall} strong />
        </tbody>
        {progress.optional.length > 0 ? (
          <tbody>
            <tr>
              <th scope="rowgroup" colSpan={6} className="pt-4 pb-1 text-left font-semibold">
                Frivilliga avsnitt (räknas inte in i hela artikeln)
              </th>
            </tr>
            {progress.optional.map((s, i) => (
              <Row key={s.key} label={sectionLabel(s, i)} counts={s} />
            ))}
          </tbody>
        ) : null}
      </table>
    </TableRegion>
  );
}
