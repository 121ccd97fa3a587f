// What changed in one save of a checklist item, as stored in its history and shown to readers.
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import type { ChecklistStateValue } from '@/lib/validation/checklist';
import { formatDay } from '@/lib/dates';
import { translator } from '@/lib/i18n';

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

const clip = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max)} …` : text);

/** One line per change, for the item's history, in the reader's language. */
export function describeChange(change: FieldChange, locale: Locale = defaultLocale): string {
  const t = translator(locale);
  const state = (s: ChecklistStateValue) => t(`labels.checklistState.${s}`);
  const person = (p: Person | null) => p?.name ?? t('checklist.nobody');
  const day = (d: string | null) => (d ? formatDay(d, locale) : t('checklist.change.noDate'));
  switch (change.field) {
    case 'status':
      return t('checklist.change.status', { from: state(change.from), to: state(change.to) });
    case 'reason':
      return change.to ? t('checklist.change.reason', { text: clip(change.to) }) : t('checklist.change.reasonRemoved');
    case 'responsible':
      return t('checklist.change.responsible', { from: person(change.from), to: person(change.to) });
    case 'dueOn':
      return t('checklist.change.dueOn', { from: day(change.from), to: day(change.to) });
    case 'evidenceText':
      return change.to
        ? t('checklist.change.evidence', { text: clip(change.to) })
        : t('checklist.change.evidenceRemoved');
    case 'evidenceLinks': {
      const added = change.to.filter((l) => !change.from.includes(l));
      const removed = change.from.filter((l) => !change.to.includes(l));
      const parts = [
        added.length ? t('checklist.change.linksAdded', { links: added.join(', ') }) : '',
        removed.length ? t('checklist.change.linksRemoved', { links: removed.join(', ') }) : '',
      ].filter(Boolean);
      return t('checklist.change.links', { changes: parts.join('; ') || t('checklist.change.linksReordered') });
    }
  }
}
