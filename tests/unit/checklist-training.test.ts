// Suppression of small groups in the live training figures: no group under five is shown, and no
// hidden group can be worked out by subtracting the shown ones from the total.
import { describe, expect, it } from 'vitest';
import { suppressFigures, type RawCounts } from '@/lib/checklist/training';
import { genderGroup } from '@/lib/labels';

const c = (total: number, completed: number): RawCounts => ({ total, completed });
const none = c(0, 0);

describe('training figures with suppression', () => {
  it('shows every group of five or more, with shares', () => {
    const f = suppressFigures({ groups: { KVINNA: c(40, 30), MAN: c(10, 5), OTHER: c(5, 1) }, politicians: c(6, 3) });
    expect(f.total).toEqual({ suppressed: false, total: 55, completed: 36, percent: 65 });
    expect(f.groups.KVINNA).toEqual({ suppressed: false, total: 40, completed: 30, percent: 75 });
    expect(f.groups.OTHER).toEqual({ suppressed: false, total: 5, completed: 1, percent: 20 });
    expect(f.politicians).toEqual({ suppressed: false, total: 6, completed: 3, percent: 50 });
  });

  it('hides a second group when only one is under five, so subtraction reveals nothing', () => {
    const f = suppressFigures({ groups: { KVINNA: c(42, 10), MAN: c(19, 4), OTHER: c(1, 1) }, politicians: none });
    expect(f.groups.OTHER.suppressed).toBe(true);
    expect(f.groups.MAN.suppressed).toBe(true);
    expect(f.groups.KVINNA.suppressed).toBe(false);
    expect(f.total.suppressed).toBe(false);
  });

  it('hides the smaller of the remaining groups, whichever it is', () => {
    const f = suppressFigures({ groups: { KVINNA: c(6, 1), MAN: c(3, 0), OTHER: c(9, 2) }, politicians: none });
    expect([f.groups.KVINNA.suppressed, f.groups.MAN.suppressed, f.groups.OTHER.suppressed]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('needs no extra suppression when two groups are already hidden', () => {
    const f = suppressFigures({ groups: { KVINNA: c(30, 10), MAN: c(4, 0), OTHER: c(2, 2) }, politicians: none });
    expect([f.groups.KVINNA.suppressed, f.groups.MAN.suppressed, f.groups.OTHER.suppressed]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('hides everything when the whole staff is under five', () => {
    const f = suppressFigures({ groups: { KVINNA: c(2, 1), MAN: c(1, 0), OTHER: none }, politicians: c(4, 4) });
    expect(f.total.suppressed).toBe(true);
    expect(Object.values(f.groups).every((g) => g.suppressed)).toBe(true);
    expect(f.politicians.suppressed).toBe(true);
  });

  it('hides an empty group too (zero is under five)', () => {
    const f = suppressFigures({ groups: { KVINNA: c(20, 2), MAN: c(8, 1), OTHER: none }, politicians: none });
    expect(f.groups.OTHER.suppressed).toBe(true);
    expect(f.groups.MAN.suppressed).toBe(true);
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
