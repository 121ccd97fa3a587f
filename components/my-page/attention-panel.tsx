import Link from 'next/link';
import { formatScore } from '@/components/needs/format';
import type { Attention } from '@/lib/data/attention';
import { womenMenAllLabels } from '@/lib/labels';

const columnLabel = womenMenAllLabels;
const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;

/** A manager's or strategist's start: where people need most support, and plans behind their goals. */
export function AttentionPanel({ attention }: { attention: Attention }) {
  const { needs, plans } = attention;
  return (
    <section aria-labelledby="attention-heading" className="mb-10 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="attention-heading" className="text-xl font-semibold">
        Att ta tag i
      </h2>
      {needs.length === 0 && plans.length === 0 ? (
        <p className="mt-2">
          Inget särskilt just nu: inga planer ligger efter, och för få har svarat på självskattningen för att visa var
          behoven är störst.
        </p>
      ) : null}
      {needs.length > 0 ? (
        <div className="mt-3">
          <h3 className="font-semibold">Störst behov enligt självskattningen</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {needs.map((need) => (
              <li key={need.key}>
                {need.title}
                {need.mean !== null ? ` (${formatScore(need.mean)} av 4)` : ''}
                {need.units.length > 0 ? `, lägst i ${list(need.units)}` : ''}
              </li>
            ))}
          </ul>
          <p className="mt-1">
            <Link href="/statistik/behov">Se behoven och vad du kan göra</Link>
          </p>
        </div>
      ) : null}
      {plans.length > 0 ? (
        <div className="mt-4">
          <h3 className="font-semibold">Kompetensplaner som ligger efter</h3>
          <ul className="mt-1 space-y-2">
            {plans.map((plan) => (
              <li key={plan.id}>
                <Link href={`/kompetensplaner/${plan.id}`}>
                  {plan.unitName} {plan.year}
                </Link>
                <ul className="list-disc pl-6">
                  {plan.behind.map((goal) => (
                    <li key={goal.courseTitle}>
                      {goal.courseTitle}: målet är {goal.targetPercent} %, i dag borde det vara {goal.expected} %.{' '}
                      {goal.columns.map((c) => `${columnLabel[c.column]} ${c.percent} %`).join(', ')}.
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="mt-4">
        <Link href="/kompetensplaner">Alla kompetensplaner</Link>
      </p>
    </section>
  );
}
