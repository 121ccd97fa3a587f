import 'server-only';
import { checklistItemWhere, type Viewer } from '@/lib/auth/permissions';
import { describeChange, type FieldChange } from '@/lib/checklist/changes';
import { translator } from '@/lib/i18n';
import { db } from '@/lib/db';
import { defaultLocale, type Locale } from '@/lib/i18n/config';

// Reading one item of an organisation's checklist: its saved version, history and comments
// (changes are checklist-items.ts).

// Reads name the viewer first and find an item only inside the viewer's organisation: an id from
// another organisation reads as an item that was never saved.
type ItemRef = { checklistId: string; itemKey: string };
type Reader = Pick<Viewer, 'organisationId'>;

/** The saved version of an item (0 when never saved), to continue after a conflict. */
export async function currentItemVersion(viewer: Reader, item: ItemRef): Promise<number> {
  const row = await db.checklistItemStatus.findFirst({
    where: checklistItemWhere(viewer, item),
    select: { version: true },
  });
  return row?.version ?? 0;
}

export type HistoryEntry = { id: string; at: Date; who: string; lines: string[] };

/** The item's history, newest first, in plain words of the reader's language. */
export async function getItemHistory(
  viewer: Reader,
  item: ItemRef,
  locale: Locale = defaultLocale,
): Promise<HistoryEntry[]> {
  const events = await db.checklistItemEvent.findMany({
    where: checklistItemWhere(viewer, item),
    orderBy: { createdAt: 'desc' },
    select: { id: true, createdAt: true, changes: true, actor: { select: { name: true } } },
  });
  return events.map((e) => ({
    id: e.id,
    at: e.createdAt,
    who: e.actor?.name ?? translator(locale)('checklist.removedUser'),
    lines: (JSON.parse(e.changes) as FieldChange[]).map((change) => describeChange(change, locale)),
  }));
}

export async function getItemComments(viewer: Reader, item: ItemRef, locale: Locale = defaultLocale) {
  const rows = await db.checklistComment.findMany({
    where: checklistItemWhere(viewer, item),
    orderBy: { createdAt: 'asc' },
    select: { id: true, text: true, createdAt: true, author: { select: { name: true } } },
  });
  return rows.map((c) => ({
    id: c.id,
    text: c.text,
    at: c.createdAt,
    who: c.author?.name ?? translator(locale)('checklist.removedUser'),
  }));
}
