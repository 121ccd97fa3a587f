import type { ChecklistStateValue } from '@/lib/validation/checklist';

/** A symbol beside the status's label (lib/labels.ts), so that a status never depends on colour alone. */
export const stateSymbols: Record<ChecklistStateValue, string> = {
  NOT_STARTED: '○',
  IN_PROGRESS: '◐',
  DONE: '✓',
  NOT_APPLICABLE: '–',
};

/** Done and not applicable need no more work: they are never overdue. */
export const isSettled = (status: ChecklistStateValue) => status === 'DONE' || status === 'NOT_APPLICABLE';

/** "Åtagande 2: …" for the article's commitments, "Frivilligt avsnitt: …" for the others. */
export function sectionHeadings(sections: readonly { title: string; optional: boolean }[]): string[] {
  let number = 0;
  return sections.map((s) => (s.optional ? `Frivilligt avsnitt: ${s.title}` : `Åtagande ${(number += 1)}: ${s.title}`));
}
