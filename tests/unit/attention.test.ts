// What needs attention on a manager's or strategist's Min sida (issue 17, part 5): goals behind the
// straight line to their target, judged only on figures that may be shown; the plans a manager
// sees are those of the administration their units belong to; learners get nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goalsBehind } from '@/lib/plans/behind';
import type { GoalFollowUp } from '@/lib/plans/follow-up-cells';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

type Goal = GoalFollowUp<{ courseId: string; courseTitle: string; audience: string | null; targetPercent: number }>;
const shown = (people: number, completed: number) => ({
  hidden: false as const,
  people,
  completed,
  percent: Math.round((completed / people) * 100),
});
const hidden = { hidden: true as const, reason: 'protects' as const };
const goal = (cells: Goal['cells']): Goal => ({
  courseId: 'c',
  courseTitle: 'Introduktion',
  audience: null,
  targetPercent: 80,
  cells,
  reached: null,
  onTrack: null,
});

describe('goals behind', () => {
  it('names the shown columns below the line, and where the line is today', () => {
    const behind = goalsBehind([goal({ KVINNA: shown(10, 2), MAN: shown(10, 7), total: hidden })], 0.5);
    expect(behind).toEqual([
      { courseTitle: 'Introduktion', targetPercent: 80, expected: 40, columns: [{ column: 'KVINNA', percent: 20 }] },
    ]);
  });

  it('never judges on a hidden figure, and leaves out goals on track', () => {
    expect(goalsBehind([goal({ KVINNA: hidden, MAN: hidden, total: hidden })], 0.9)).toEqual([]);
    expect(goalsBehind([goal({ KVINNA: shown(10, 5), MAN: shown(10, 5), total: shown(20, 10) })], 0.5)).toEqual([]);
  });
});

let s: Seeded;
let attention: typeof import('@/lib/data/attention');

beforeAll(async () => {
  s = await seededDb();
  attention = await import('@/lib/data/attention');
  const omsorg = await s.db.orgUnit.findFirstOrThrow({ where: { name: 'Vård- och omsorgsförvaltningen' } });
  const course = await s.db.course.findFirstOrThrow({ where: { slug: 'introduktion-jamstalldhetsintegrering' } });
  await s.db.competencePlan.create({
    data: {
      organisationId: omsorg.organisationId,
      unitId: omsorg.id,
      year: Number(new Date().toISOString().slice(0, 4)),
      goals: { create: [{ position: 0, courseId: course.id, targetPercent: 100 }] },
    },
  });
});

afterAll(() => s?.close());

describe(`attention on Min sida (${engine})`, () => {
  it('is nothing for an employee or a politician', async () => {
    expect(await attention.loadAttention(await s.viewer('medarbetare@sjostad.se'))).toBeNull();
    expect(await attention.loadAttention(await s.viewer('politiker@sjostad.se'))).toBeNull();
  });

  it('shows a strategist every plan behind, and a manager only their own administration’s', async () => {
    const strateg = await attention.loadAttention(await s.viewer('strateg@sjostad.se'));
    const omsorgPlan = strateg!.plans.find((p) => p.unitName === 'Vård- och omsorgsförvaltningen');
    // Nobody in the care administration has completed the course in the demo, and 100 % is the goal.
    expect(omsorgPlan?.behind[0]?.courseTitle).toBe('Introduktion till jämställdhetsintegrering');
    expect(omsorgPlan?.behind[0]?.columns.every((c) => c.percent === 0)).toBe(true);
    const own = await attention.loadAttention(await s.viewer('chef.omsorg@sjostad.se'));
    expect(own!.plans.map((p) => p.unitName)).toEqual(['Vård- och omsorgsförvaltningen']);
    const other = await attention.loadAttention(await s.viewer('chef@sjostad.se'));
    expect(other!.plans).toEqual([]);
  });
});
