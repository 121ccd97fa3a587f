// The team view's arithmetic: status per assigned course and per person, filters, sorting and
// paging. Pure, so the data layer fetches the whole subtree in a few queries and this decides.
import type { Audience } from '@/lib/audiences';

export type ItemStatus = 'done' | 'overdue' | 'in-progress' | 'not-started';
export type PersonStatus = ItemStatus | 'none';

export type TeamItem = {
  assignmentId: string;
  courseId: string;
  title: string;
  slug: string;
  source: 'SELF' | 'MANAGER' | 'RULE';
  dueAt: Date | null;
  done: number;
  total: number;
  completedAt: Date | null;
  status: ItemStatus;
};

export type TeamRow = {
  id: string;
  name: string;
  email: string | null;
  unitId: string | null;
  unitName: string | null;
  audience: Audience;
  items: TeamItem[];
  status: PersonStatus;
  /** Earliest due date among the courses not yet done. */
  nextDue: Date | null;
  doneCount: number;
  overdueCount: number;
};

/** A completed course is done even if lessons were added later; otherwise the due date decides. */
export function itemStatus({
  completed,
  done,
  dueAt,
  now,
}: {
  completed: boolean;
  done: number;
  dueAt: Date | null;
  now: Date;
}): ItemStatus {
  if (completed) return 'done';
  if (dueAt && dueAt < now) return 'overdue';
  return done > 0 ? 'in-progress' : 'not-started';
}

export function personStatus(items: readonly Pick<TeamItem, 'status'>[]): PersonStatus {
  if (items.length === 0) return 'none';
  if (items.some((i) => i.status === 'overdue')) return 'overdue';
  if (items.every((i) => i.status === 'done')) return 'done';
  return items.some((i) => i.status !== 'not-started') ? 'in-progress' : 'not-started';
}

export function toRow(person: Omit<TeamRow, 'status' | 'nextDue' | 'doneCount' | 'overdueCount'>): TeamRow {
  const open = person.items.filter((i) => i.status !== 'done' && i.dueAt);
  const nextDue = open.reduce<Date | null>((min, i) => (!min || i.dueAt! < min ? i.dueAt : min), null);
  return {
    ...person,
    status: personStatus(person.items),
    nextDue,
    doneCount: person.items.filter((i) => i.status === 'done').length,
    overdueCount: person.items.filter((i) => i.status === 'overdue').length,
  };
}

export type TeamQuery = {
  unitId?: string;
  audience?: Audience;
  status?: PersonStatus;
  sort: 'name' | 'unit' | 'due' | 'status';
  page: number;
};

const statusOrder: PersonStatus[] = ['overdue', 'not-started', 'in-progress', 'done', 'none'];
const collator = new Intl.Collator('sv');
const time = (d: Date | null) => d?.getTime() ?? Number.POSITIVE_INFINITY;

type Named = { name: string; unitName: string | null };
const byName = (a: Named, b: Named) => collator.compare(a.name, b.name);
const byUnit = (a: Named, b: Named) => collator.compare(a.unitName ?? '', b.unitName ?? '') || byName(a, b);

const comparators: Record<TeamQuery['sort'], (a: TeamRow, b: TeamRow) => number> = {
  name: byName,
  unit: byUnit,
  due: (a, b) => time(a.nextDue) - time(b.nextDue) || byName(a, b),
  status: (a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status) || byName(a, b),
};

/** Filters by unit (that unit only; the list already covers the subtree), audience and status. */
export function filterAndSort(rows: readonly TeamRow[], query: Omit<TeamQuery, 'page'>): TeamRow[] {
  return rows
    .filter(
      (r) =>
        (!query.unitId || r.unitId === query.unitId) &&
        (!query.audience || r.audience === query.audience) &&
        (!query.status || r.status === query.status),
    )
    .sort(comparators[query.sort]);
}

/** Whether the query filters or sorts by what people have done, so every person's courses must be read. */
export function needsStatuses(query: Omit<TeamQuery, 'page'>): boolean {
  return query.status !== undefined || query.sort === 'due' || query.sort === 'status';
}

/** filterAndSort for a query that needs no statuses (see needsStatuses): people before their courses are read. */
export function filterAndSortPeople<T extends Named & { unitId: string | null; audience: Audience }>(
  people: readonly T[],
  query: Omit<TeamQuery, 'page'>,
): T[] {
  if (needsStatuses(query)) throw new Error('Den här sorteringen eller filtreringen behöver varje persons status.');
  return people
    .filter((p) => (!query.unitId || p.unitId === query.unitId) && (!query.audience || p.audience === query.audience))
    .sort(query.sort === 'unit' ? byUnit : byName);
}

// 25 people, each with their courses, keep the team page near 100 kB; with 50 it was 190 kB and
// rendering it took more of the page's time than reading the data (bench, issue 9).
export const PAGE_SIZE = 25;

export type Page<T> = { rows: T[]; page: number; pages: number; total: number };

export function pageOf<T>(rows: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pages, total: rows.length };
}
