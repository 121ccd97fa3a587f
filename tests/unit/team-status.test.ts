import { describe, expect, it } from 'vitest';
import { filterAndSort, itemStatus, pageOf, personStatus, toRow, type TeamItem } from '@/lib/assignments/status';

const now = new Date('2026-11-28T10:00:00Z');
const past = new Date('2026-11-20T22:59:59.999Z');
const future = new Date('2026-12-20T22:59:59.999Z');

const item = (status: TeamItem['status'], dueAt: Date | null = future): TeamItem => ({
  assignmentId: `a-${status}`,
  courseId: status,
  title: status,
  slug: status,
  source: 'MANAGER',
  dueAt,
  done: 0,
  total: 4,
  completedAt: null,
  status,
});

describe('status of an assigned course', () => {
  it('is done when the course is completed, even after the due date', () => {
    expect(itemStatus({ completed: true, done: 2, dueAt: past, now })).toBe('done');
  });
  it('is overdue when not completed and the due date has passed', () => {
    expect(itemStatus({ completed: false, done: 3, dueAt: past, now })).toBe('overdue');
  });
  it('is in progress or not started otherwise', () => {
    expect(itemStatus({ completed: false, done: 1, dueAt: future, now })).toBe('in-progress');
    expect(itemStatus({ completed: false, done: 0, dueAt: null, now })).toBe('not-started');
  });
});

describe('status of a person', () => {
  it('puts overdue first, then done only when everything is done', () => {
    expect(personStatus([item('done'), item('overdue')])).toBe('overdue');
    expect(personStatus([item('done'), item('done')])).toBe('done');
    expect(personStatus([item('done'), item('not-started')])).toBe('in-progress');
    expect(personStatus([item('not-started')])).toBe('not-started');
    expect(personStatus([])).toBe('none');
  });

  it('shows the earliest due date among unfinished courses', () => {
    const row = toRow({
      id: 'p',
      name: 'P',
      email: 'p@x',
      unitId: 'u',
      unitName: 'U',
      audience: 'EMPLOYEE',
      items: [item('done', past), item('in-progress', future), item('not-started', null)],
    });
    expect(row.nextDue).toEqual(future);
    expect(row.doneCount).toBe(1);
  });
});

describe('filtering, sorting and paging the team', () => {
  const rows = [
    toRow({
      id: '1',
      name: 'Örjan',
      email: '',
      unitId: 'a',
      unitName: 'Solrosen',
      audience: 'EMPLOYEE',
      items: [item('overdue', past)],
    }),
    toRow({
      id: '2',
      name: 'Anna',
      email: '',
      unitId: 'b',
      unitName: 'Förskola',
      audience: 'MANAGER',
      items: [item('done')],
    }),
    toRow({ id: '3', name: 'Åke', email: '', unitId: 'a', unitName: 'Solrosen', audience: 'EMPLOYEE', items: [] }),
  ];

  it('sorts names the Swedish way (å, ä, ö last)', () => {
    expect(filterAndSort(rows, { sort: 'name' }).map((r) => r.name)).toEqual(['Anna', 'Åke', 'Örjan']);
  });
  it('filters by unit, audience and status together', () => {
    expect(filterAndSort(rows, { sort: 'name', unitId: 'a' }).map((r) => r.id)).toEqual(['3', '1']);
    expect(filterAndSort(rows, { sort: 'name', audience: 'MANAGER' }).map((r) => r.id)).toEqual(['2']);
    expect(filterAndSort(rows, { sort: 'name', unitId: 'a', status: 'overdue' }).map((r) => r.id)).toEqual(['1']);
  });
  it('sorts by status with overdue first, and by due date with no date last', () => {
    expect(filterAndSort(rows, { sort: 'status' }).map((r) => r.id)).toEqual(['1', '2', '3']);
    // Anna's only course is done, so she has no open due date, like Åke: both after Örjan, by name.
    expect(filterAndSort(rows, { sort: 'due' }).map((r) => r.id)).toEqual(['1', '2', '3']);
  });
  it('pages, and clamps a page number that is out of range', () => {
    const many = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(many, 5)).toMatchObject({ page: 5, pages: 5, total: 120, rows: many.slice(100) });
    expect(pageOf(many, 2).rows).toEqual(many.slice(25, 50));
    expect(pageOf(many, 99).page).toBe(5);
    expect(pageOf([], 1)).toMatchObject({ page: 1, pages: 1, rows: [] });
  });
});
