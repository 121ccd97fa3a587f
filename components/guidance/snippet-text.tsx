import type { Segment } from '@/lib/search/snippet';

/** A search snippet: matching words in <mark>; React escapes every piece of text. */
export function SnippetText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.mark ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
