import type { DeletionOutcome } from '@/lib/generated/sqlite/enums';

// What each outcome of a request for deletion is called where it is not a label: the audit log's
// code (components/admin/audit-labels.ts names each) and the sentence the person reads on Min sida.

export const deletionAuditActions = {
  ERASED: 'deletion.erased',
  PARTLY_ERASED: 'deletion.partly-erased',
  REFUSED: 'deletion.refused',
} as const satisfies Record<DeletionOutcome, string>;

/** Ends "Din begäran om radering den 3 mars 2026 är handlagd: …". */
export const outcomeForPerson = {
  ERASED: 'dina uppgifter är raderade.',
  PARTLY_ERASED: 'en del av dina uppgifter måste sparas.',
  REFUSED: 'din begäran är avslagen.',
} as const satisfies Record<DeletionOutcome, string>;
