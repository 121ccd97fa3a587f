import type { HistoryEntry } from '@/lib/data/checklist-item-history';
import { formatLongDateTime } from '@/lib/dates';

export function ItemHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p>Ingen har ändrat punkten ännu.</p>;
  return (
    <ol className="space-y-4">
      {entries.map((e) => (
        <li key={e.id} className="border-l-4 border-brand-100 pl-3">
          <p className="font-medium">
            {e.who}, <time dateTime={e.at.toISOString()}>{formatLongDateTime(e.at)}</time>
          </p>
          <ul className="list-disc pl-5 text-sm">
            {e.lines.map((line, i) => (
              <li key={i} className="break-words">
                {line}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

export function ItemComments({ comments }: { comments: { id: string; who: string; at: Date; text: string }[] }) {
  if (comments.length === 0) return <p>Inga kommentarer ännu.</p>;
  return (
    <ol className="space-y-4">
      {comments.map((c) => (
        <li key={c.id} className="rounded border border-slate-200 p-3">
          <p className="text-sm font-medium">
            {c.who}, <time dateTime={c.at.toISOString()}>{formatLongDateTime(c.at)}</time>
          </p>
          <p className="mt-1 whitespace-pre-line break-words">{c.text}</p>
        </li>
      ))}
    </ol>
  );
}
