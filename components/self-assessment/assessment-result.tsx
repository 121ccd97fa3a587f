import Link from 'next/link';
import { formatDay } from '@/lib/dates';
import type { RoundResult } from '@/lib/data/self-assessment';

const score = (mean: number) => mean.toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const change = (value: number | undefined) =>
  value === undefined ? '–' : value === 0 ? 'lika' : `${value > 0 ? '+' : '−'}${score(Math.abs(value))}`;

/** The latest round per area (1–4, with a bar that only repeats the figure), and the change since the round before. */
export function LatestResult({
  latest,
  changes,
}: {
  latest: RoundResult;
  changes: { area: string; change: number }[];
}) {
  const byArea = new Map(changes.map((c) => [c.area, c.change]));
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-slate-700">
          Ditt resultat {formatDay(latest.completedAt)}, medelvärde per område på skalan 1–4.
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">
              Område
            </th>
            <th scope="col" className="py-2 pr-3">
              Poäng
            </th>
            <th scope="col" className="py-2">
              Sedan förra gången
            </th>
          </tr>
        </thead>
        <tbody>
          {latest.scores.map((s) => (
            <tr key={s.area} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 font-medium">
                {s.title}
              </th>
              <td className="py-2 pr-3 whitespace-nowrap">
                <span>{score(s.mean)} av 4</span>
                <span aria-hidden="true" className="mt-1 block h-2 w-16 rounded bg-slate-200 sm:w-24">
                  <span className="block h-2 rounded bg-teal-700" style={{ width: `${(s.mean / 4) * 100}%` }} />
                </span>
              </td>
              <td className="py-2">{changes.length === 0 ? '–' : change(byArea.get(s.area))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every round, newest first: a person sees their own change over time. */
export function RoundHistory({ rounds }: { rounds: RoundResult[] }) {
  const areas = rounds[0]!.scores;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-slate-700">Alla gånger du har svarat, senaste först.</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Datum
            </th>
            {areas.map((a) => (
              <th key={a.area} scope="col" className="py-2 pr-4">
                {a.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-medium">
                {formatDay(r.completedAt)}
              </th>
              {areas.map((a) => {
                const found = r.scores.find((s) => s.area === a.area);
                return (
                  <td key={a.area} className="py-2 pr-4">
                    {found ? score(found.mean) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Recommendation = {
  area: string;
  title: string;
  courses: { slug: string; title: string }[];
  guides: { slug: string; title: string }[];
};

/** Courses and guidance for the person's lowest areas. */
export function Recommendations({ items }: { items: Recommendation[] }) {
  if (items.length === 0)
    return (
      <p>
        Du skattar dig till 3 eller 4 i alla områden. Fördjupa dig gärna i <Link href="/vagledning">vägledningen</Link>{' '}
        eller berätta för kollegor hur du arbetar, i ett <Link href="/exempel/nytt">lärande exempel</Link>.
      </p>
    );
  return (
    <ul className="space-y-4">
      {items.map((item) => (
        <li key={item.area} className="rounded-lg border border-slate-300 p-4">
          <h3 className="font-semibold">{item.title}</h3>
          {item.courses.length > 0 ? (
            <p className="mt-1">
              Kurs:{' '}
              {item.courses.map((c, i) => (
                <span key={c.slug}>
                  {i > 0 ? ', ' : null}
                  <Link href={`/kurser/${c.slug}`}>{c.title}</Link>
                </span>
              ))}
            </p>
          ) : null}
          {item.guides.length > 0 ? (
            <p className="mt-1">
              Läs:{' '}
              {item.guides.map((g, i) => (
                <span key={g.slug}>
                  {i > 0 ? ', ' : null}
                  <Link href={`/vagledning/${g.slug}`}>{g.title}</Link>
                </span>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
