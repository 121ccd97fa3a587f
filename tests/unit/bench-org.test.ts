import { describe, expect, it } from 'vitest';
import { buildCatalogue, COURSE_COUNT, LESSONS_PER_COURSE, personActivity } from '@/bench/org/learning';
import { apportion, buildOrganisation, childCount, type OrgShape } from '@/bench/org/shape';
import { LARGE, nationalSizes, nationalSpec, SMALL } from '@/bench/org/sizes';

// The benchmark's synthetic municipality must have the shape the issue asks for, or the figures
// describe something else: 20,000 people in about 600 units on five levels, a manager whose
// subtree has exactly 500 people, and about half a million lesson-progress rows.
const large = buildOrganisation(LARGE);

function subtreePeople(org: OrgShape, unitId: string) {
  const root = org.units.find((u) => u.id === unitId)!;
  const inside = new Set(org.units.filter((u) => u.path.startsWith(root.path)).map((u) => u.id));
  return org.people.filter((p) => p.unitId && inside.has(p.unitId));
}

describe('the 20,000-person municipality', () => {
  it('has 20,000 people in about 600 units on five levels', () => {
    expect(large.people).toHaveLength(20_000);
    expect(large.units.length).toBeGreaterThanOrEqual(550);
    expect(large.units.length).toBeLessThanOrEqual(650);
    expect(new Set(large.units.map((u) => u.depth))).toEqual(new Set([0, 1, 2, 3, 4]));
    for (const unit of large.units) {
      const parent = large.units.find((u) => u.id === unit.parentId);
      expect(unit.path).toBe(`${parent?.path ?? '/'}${unit.id}/`);
      expect(unit.depth).toBe(parent ? parent.depth + 1 : 0);
    }
  });

  it('gives the manager scenario a department of exactly 500 people with units below it', () => {
    const team = large.units.find((u) => u.id === large.teamUnitId)!;
    expect(team.depth).toBe(2);
    expect(subtreePeople(large, team.id)).toHaveLength(500);
    expect(large.units.some((u) => u.depth === 4 && u.path.startsWith(team.path))).toBe(true);
  });

  it('has one manager per unit, working in it, and unique addresses', () => {
    expect(large.managers).toHaveLength(large.units.length);
    expect(new Set(large.managers.map((m) => m.unitId)).size).toBe(large.units.length);
    const byId = new Map(large.people.map((p) => [p.id, p]));
    for (const m of large.managers) {
      expect(byId.get(m.userId)!.unitId).toBe(m.unitId);
      expect(byId.get(m.userId)!.role).toBe('MANAGER');
    }
    expect(new Set(large.people.map((p) => p.email)).size).toBe(20_000);
  });

  it('has every gender answer, empty included, and politicians outside the unit tree', () => {
    const genders = new Set(large.people.map((p) => p.gender));
    expect(genders).toEqual(new Set(['KVINNA', 'MAN', 'ANNAT', 'VILL_INTE_ANGE', null]));
    const politicians = large.people.filter((p) => p.audience === 'POLITICIAN');
    expect(politicians.length).toBeGreaterThan(0);
    expect(politicians.every((p) => p.unitId === null)).toBe(true);
    expect(large.people.filter((p) => p.role === 'STRATEGIST').length).toBeGreaterThan(0);
  });

  it('is the same on every run', () => {
    const again = buildOrganisation(LARGE);
    expect(again.people.slice(0, 50)).toEqual(large.people.slice(0, 50));
    expect(again.teamUnitId).toBe(large.teamUnitId);
  });

  it('has about half a million lesson-progress rows over a year, at most one per person and lesson', () => {
    const catalogue = buildCatalogue(LARGE.key, ['## Text']);
    expect(catalogue.courses).toHaveLength(COURSE_COUNT);
    expect(catalogue.lessons).toHaveLength(COURSE_COUNT * LESSONS_PER_COURSE);
    const lessons = new Set(catalogue.lessons.map((l) => l.id));
    const now = new Date('2026-11-30T12:00:00Z');
    const yearAgo = now.getTime() - 366 * 86_400_000;
    let progress = 0;
    const wrong: string[] = [];
    for (const [i, person] of large.people.entries()) {
      const a = personActivity({ person, personIndex: i, catalogue, now, seed: LARGE.seed });
      if (a.assignments.length < 5) wrong.push(`${person.id}: ${a.assignments.length} assignments`);
      if (new Set(a.progress.map((p) => p.lessonId)).size !== a.progress.length)
        wrong.push(`${person.id}: a lesson twice`);
      for (const p of a.progress) {
        const t = p.completedAt.getTime();
        if (!lessons.has(p.lessonId) || t <= yearAgo || t > now.getTime())
          wrong.push(`${person.id}: ${p.lessonId} at ${p.completedAt.toISOString()}`);
      }
      progress += a.progress.length;
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(progress).toBeGreaterThan(450_000);
    expect(progress).toBeLessThan(600_000);
  });
});

describe('the 2,000-person municipality', () => {
  it('has the same five levels at a tenth of the size, and a department of 50', () => {
    const small = buildOrganisation(SMALL);
    expect(small.people).toHaveLength(2_000);
    expect(new Set(small.units.map((u) => u.depth))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(subtreePeople(small, small.teamUnitId)).toHaveLength(50);
  });
});

describe('tree arithmetic', () => {
  it('spreads fractional branching evenly, extra children first', () => {
    expect([0, 1, 2, 3].map((i) => childCount(i, 2.5))).toEqual([3, 2, 3, 2]);
    expect([0, 1, 2, 3].map((i) => childCount(i, 0.5))).toEqual([1, 0, 1, 0]);
  });

  it('apportions a total exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(19_211, Array(39).fill(1)).reduce((a, b) => a + b, 0)).toBe(19_211);
    expect(apportion(7, [1, 2, 6])).toEqual([1, 1, 5]);
  });
});

describe('the national installation (issue 20)', () => {
  const sizes = nationalSizes();

  it('has 300 organisations and exactly 1,000,000 people, the largest 50,000, one of 2,000', () => {
    expect(sizes).toHaveLength(300);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1_000_000);
    expect(Math.max(...sizes)).toBe(50_000);
    expect(sizes[0]).toBe(50_000);
    expect(sizes.filter((s) => s === 2_000)).toHaveLength(1);
  });

  it('spreads sizes like municipalities: a few large, most small', () => {
    const median = [...sizes].sort((a, b) => a - b)[150]!;
    expect(median).toBeLessThan(3_000);
    expect(sizes.filter((s) => s >= 10_000).length).toBeLessThan(30);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(250);
  });

  it('gives every organisation a tree that holds its people, and the largest a manager of 500', () => {
    for (const [i, size] of [
      [0, sizes[0]!],
      [1, sizes[1]!],
      [150, sizes[150]!],
      [299, sizes[299]!],
      [300, 250],
      [301, 999],
      [302, 4_999],
      [303, 5_000],
    ] as const) {
      const org = buildOrganisation(nationalSpec(i + 1, size));
      expect(org.people).toHaveLength(size);
      expect(org.units.length).toBeLessThan(size / 2);
      expect(org.people.every((p) => p.unitId === null || org.units.some((u) => u.id === p.unitId))).toBe(true);
    }
    const largest = buildOrganisation(nationalSpec(1, sizes[0]!));
    expect(subtreePeople(largest, largest.teamUnitId)).toHaveLength(500);
  });
});
