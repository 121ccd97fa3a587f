// What changed in one save of a checklist item, as stored in its history and shown to readers.
import { checklistStateLabels } from '@/lib/labels';
import type { ChecklistStateValue } from '@/lib/validation/checklist';
import { formatDay } from '@/lib/dates';

export type Person = { id: string; name: string };

export type ItemValues = {
  status: ChecklistStateValue;
  reason: string;
  responsible: Person | null;
  /** YYYY-MM-DD or null. */
  dueOn: string | null;
  evidenceText: string;
  evidenceLinks: string[];
};

export const emptyItem: ItemValues = {
  status: 'NOT_STARTED',
  reason: '',
  responsible: null,
  dueOn: null,
  evidenceText: '',
  evidenceLinks: [],
};

export type FieldChange =
  | { field: 'status'; from: ChecklistStateValue; to: ChecklistStateValue }
  | { field: 'reason' | 'evidenceText'; from: string; to: string }
  | { field: 'responsible'; from: Person | null; to: Person | null }
  | { field: 'dueOn'; from: string | null; to: string | null }
  | { field: 'evidenceLinks'; from: string[]; to: string[] };

export function diffItem(before: ItemValues, after: ItemValues): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.status !== after.status) changes.push({ field: 'status', from: before.status, to: after.status });
  if (before.reason !== after.reason) changes.push({ field: 'reason', from: before.reason, to: after.reason });
  if ((before.responsible?.id ?? null) !== (after.responsible?.id ?? null)) {
    changes.push({ field: 'responsible', from: before.responsible, to: after.responsible });
  }
  if (before.dueOn !== after.dueOn) changes.push({ field: 'dueOn', from: before.dueOn, to: after.dueOn });
  if (before.evidenceText !== after.evidenceText)
    changes.push({ field: 'evidenceText', from: before.evidenceText, to: after.evidenceText });
  if (before.evidenceLinks.join('\n') !== after.evidenceLinks.join('\n')) {
    changes.push({ field: 'evidenceLinks', from: before.evidenceLinks, to: after.evidenceLinks });
  }
  return changes;
}

const quote = (text: string, max = 200) => `”${text.length > max ? `${text.slice(0, max)} …` : text}”`;

/** One line of plain Swedish per change, for the item's history. */
export function describeChange(change: FieldChange): string {
  switch (change.field) {
    case 'status':
      return `Status: ${checklistStateLabels[change.from]} → ${checklistStateLabels[change.to]}`;
    case 'reason':
      return change.to ? `Skäl till att punkten inte är aktuell: ${quote(change.to)}` : 'Skälet togs bort';
    case 'responsible':
      return `Ansvarig: ${change.from?.name ?? 'ingen'} → ${change.to?.name ?? 'ingen'}`;
    case 'dueOn':
      return `Klart senast: ${change.from ? formatDay(change.from) : 'inget datum'} → ${change.to ? formatDay(change.to) : 'inget datum'}`;
    case 'evidenceText':
      return change.to ? `Underlag: ${quote(change.to)}` : 'Underlaget togs bort';
    case 'evidenceLinks': {
      const added = change.to.filter((l) => !change.from.includes(l));
      const removed = change.from.filter((l) => !change.to.includes(l));
      const parts = [
        added.length ? `lade till ${added.join(', ')}` : '',
        removed.length ? `tog bort ${removed.join(', ')}` : '',
      ].filter(Boolean);
      return `Länkar: ${parts.join('; ') || 'ny ordning'}`;
    }
  }
}
