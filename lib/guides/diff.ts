import { diffLines, diffWords } from 'diff';

// Readable differences between two versions of a page: paragraph by paragraph, and word by word
// inside a changed paragraph, with long unchanged stretches folded away.

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };
export type DiffBlock =
  { kind: 'same'; text: string } | { kind: 'changed'; parts: DiffPart[] } | { kind: 'skipped'; count: number };

export function diffInline(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}

const linesOf = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

/** Changed paragraphs with one unchanged paragraph of context around each change. */
export function diffText(before: string, after: string): DiffBlock[] {
  const changes = diffLines(before.trim(), after.trim());
  if (changes.every((c) => !c.added && !c.removed)) return [];
  const blocks: DiffBlock[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      blocks.push({ kind: 'changed', parts: diffInline(change.value, next.value) });
      i += 1;
    } else if (change.added || change.removed) {
      blocks.push({ kind: 'changed', parts: [{ kind: change.added ? 'added' : 'removed', text: change.value }] });
    } else {
      blocks.push(...context(linesOf(change.value), i > 0, i < changes.length - 1));
    }
  }
  return blocks;
}

function context(lines: string[], afterChange: boolean, beforeChange: boolean): DiffBlock[] {
  const keepStart = afterChange ? 1 : 0;
  const keepEnd = beforeChange ? 1 : 0;
  if (lines.length <= keepStart + keepEnd + 1) return lines.map((text) => ({ kind: 'same', text }));
  const blocks: DiffBlock[] = lines.slice(0, keepStart).map((text) => ({ kind: 'same', text }));
  blocks.push({ kind: 'skipped', count: lines.length - keepStart - keepEnd });
  blocks.push(...lines.slice(lines.length - keepEnd).map((text) => ({ kind: 'same' as const, text })));
  return blocks;
}
