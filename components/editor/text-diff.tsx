import type { DiffBlock, DiffPart } from '@/lib/guides/diff';

// <ins> and <del> carry the change visually; screen readers mostly ignore them, so each change
// also says in words what it is.
export function InlineDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i} className="bg-green-100 text-green-950 decoration-green-700">
            <span className="sr-only">[Tillagt: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={i} className="bg-red-100 text-red-950 decoration-red-700">
            <span className="sr-only">[Borttaget: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

export function TextDiff({ blocks }: { blocks: DiffBlock[] }) {
  if (blocks.length === 0) return <p className="text-slate-700">Texten är oförändrad.</p>;
  return (
    <div className="space-y-2 rounded border border-slate-200 bg-white p-4 font-mono text-sm leading-6 whitespace-pre-wrap">
      {blocks.map((block, i) =>
        block.kind === 'skipped' ? (
          <p key={i} className="text-slate-600 italic">
            … {block.count} oförändrade rader …
          </p>
        ) : block.kind === 'same' ? (
          <p key={i} className="text-slate-700">
            {block.text}
          </p>
        ) : (
          <p key={i}>
            <InlineDiff parts={block.parts} />
          </p>
        ),
      )}
    </div>
  );
}
