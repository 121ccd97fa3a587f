// The checklist's live training figures use the statistics' disclosure control: women and men
// compared, the third group counted in "all staff", politicians apart, nothing about 1–4 people.
import { describe, expect, it } from 'vitest';
import { trainingFigures, type TrainingRow } from '@/lib/checklist/training';
import { genderGroup } from '@/lib/labels';
import { buildProtection } from '@/lib/stats/protection';

const units = [
  { id: 'A', path: '/A/' },
  { id: 'B', path: '/B/' },
];
const r = (
  unitId: string | null,
  gender: string | null,
  people: number,
  completed: number,
  audience = 'EMPLOYEE',
): TrainingRow => ({
  unitId,
  gender,
  audience,
  people,
  completed,
});
const figures = (rows: TrainingRow[]) => trainingFigures(rows, buildProtection(rows, units));

describe('training figures', () => {
  it('shows women, men, all staff and politicians when each is made of whole groups of 5 or more', () => {
    const f = figures([
      r('A', 'KVINNA', 40, 30),
      r('B', 'MAN', 10, 5),
      r('A', 'ANNAT', 3, 1),
      r('B', null, 2, 0),
      r(null, 'KVINNA', 6, 3, 'POLITICIAN'),
    ]);
    expect(f.groups.KVINNA).toEqual({ suppressed: false, total: 40, completed: 30, percent: 75 });
    expect(f.groups.MAN).toEqual({ suppressed: false, total: 10, completed: 5, percent: 50 });
    expect(f.total).toEqual({ suppressed: false, total: 55, completed: 36, percent: 65 });
    expect(f.politicians).toEqual({ suppressed: false, total: 6, completed: 3, percent: 50 });
  });

  it('keeps women and men when the third group is small, and hides the total instead', () => {
    // Regression guard (issue 15): one person of the third group used to hide the men.
    const f = figures([r('A', 'KVINNA', 42, 10), r('A', 'MAN', 19, 4), r('B', 'ANNAT', 1, 1)]);
    expect(f.groups.MAN).toMatchObject({ suppressed: false, total: 19 });
    expect(f.groups.KVINNA).toMatchObject({ suppressed: false, total: 42 });
    expect(f.total).toEqual({ suppressed: true, reason: 'protects' });
  });

  it('says "färre än 5" only about a group that has fewer than 5 people', () => {
    const f = figures([r('A', 'KVINNA', 30, 10), r('A', 'MAN', 4, 0), r(null, 'MAN', 3, 1, 'POLITICIAN')]);
    expect(f.groups.MAN).toEqual({ suppressed: true, reason: 'small' });
    expect(f.politicians).toEqual({ suppressed: true, reason: 'small' });
    // All staff (34) would reveal the 4 men: 34 − 30.
    expect(f.total).toEqual({ suppressed: true, reason: 'protects' });
  });

  it('shows an empty group as nobody, which reveals nothing', () => {
    const f = figures([r('A', 'KVINNA', 20, 2)]);
    expect(f.groups.MAN).toEqual({ suppressed: false, total: 0, completed: 0, percent: 0 });
    expect(f.total).toMatchObject({ suppressed: false, total: 20 });
  });

  it('puts other, undisclosed and unstated gender in one group', () => {
    expect([
      genderGroup('KVINNA'),
      genderGroup('MAN'),
      genderGroup('ANNAT'),
      genderGroup('VILL_INTE_ANGE'),
      genderGroup(null),
    ]).toEqual(['KVINNA', 'MAN', 'OTHER', 'OTHER', 'OTHER']);
  });
});
