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

/** The commitments' numbers in order (1, 2, …); null for an optional section, which has none. */
export function sectionNumbers(sections: readonly { optional: boolean }[]): (number | null)[] {
  let number = 0;
  return sections.map((s) => (s.optional ? null : (number += 1)));
}
