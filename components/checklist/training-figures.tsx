import type { Cell } from '@/lib/checklist/training';
import { genderGroupLabels, hiddenReasonLabels } from '@/lib/labels';
import type { LinkedTraining } from '@/lib/data/checklist-training';
import { TableRegion } from '@/components/ui/table-region';

function Cells({ cell }: { cell: Cell }) {
  if (cell.suppressed) {
    return (
      <td colSpan={3} className="py-2 text-right italic">
        {hiddenReasonLabels[cell.reason]}
      </td>
    );
  }
  return (
    <>
      <td className="py-2 pr-4 text-right">{cell.total}</td>
      <td className="py-2 pr-4 text-right">{cell.completed}</td>
      <td className="py-2 text-right">{cell.percent} %</td>
    </>
  );
}

/** Live figures from the portal: share of staff who have completed every linked course. */
export function TrainingFigures({ training }: { training: LinkedTraining }) {
  const { figures, courses } = training;
  const names = courses.map((c) => `”${c.title}”`).join(courses.length === 2 ? ' och ' : ', ');
  return (
    <TableRegion label="Medarbetare som har gått kurserna">
      <table className="w-full max-w-2xl border-collapse text-sm">
        <caption className="mb-2 text-left text-slate-700">
          Medarbetare som har gått {courses.length > 1 ? `alla kurserna ${names}` : `kursen ${names}`}. Aktiva
          medarbetare i hela organisationen. Kvinnor och män jämförs; de som har angett annat eller inte angett kön
          räknas med i raden Alla medarbetare. En siffra som gäller färre än 5 personer, eller som skulle låta någon
          räkna ut en sådan, visas inte (samma regel som i statistiken).
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left">
            <th scope="col" className="py-2 pr-4">
              Grupp
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Antal
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Har gått klart
            </th>
            <th scope="col" className="py-2 text-right">
              Andel
            </th>
          </tr>
        </thead>
        <tbody>
          {(['KVINNA', 'MAN'] as const).map((g) => (
            <tr key={g} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                {genderGroupLabels[g]}
              </th>
              <Cells cell={figures.groups[g]} />
            </tr>
          ))}
          <tr className="border-b border-slate-300 font-semibold">
            <th scope="row" className="py-2 pr-4 text-left">
              Alla medarbetare
            </th>
            <Cells cell={figures.total} />
          </tr>
          <tr>
            <th scope="row" className="py-2 pr-4 text-left font-normal">
              Förtroendevalda (räknas för sig)
            </th>
            <Cells cell={figures.politicians} />
          </tr>
        </tbody>
      </table>
    </TableRegion>
  );
}
