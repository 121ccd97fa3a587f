import Link from 'next/link';
import { formatDay } from '@/lib/dates';
import type { OverdueItem } from '@/lib/checklist/progress';

export function OverdueList({
  items,
  href,
  responsibleOf,
}: {
  items: OverdueItem[];
  href: (key: string) => string;
  responsibleOf: (key: string) => string | null;
}) {
  if (items.length === 0) return <p>Inga punkter är försenade.</p>;
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={item.key}>
          <Link href={href(item.key)}>{item.title}</Link>
          <span className="block text-sm text-slate-700">
            Skulle vara klar {formatDay(item.dueOn)} ({item.daysLate} {item.daysLate === 1 ? 'dag' : 'dagar'} sedan) ·
            Ansvarig: {responsibleOf(item.key) ?? 'ingen'}
          </span>
        </li>
      ))}
    </ul>
  );
}
