// The statistics' unit filter offers units in steps (issue 20: a list of every unit grew the page
// with the organisation, 1,529 options for the national bench's largest). A person must still be
// able to reach every unit they may see, one choice at a time, and never one they may not.
import { describe, expect, it } from 'vitest';
import { unitChoices, type UnitChoice } from '@/lib/stats/unit-choices';

// Two administrations, each with departments, each with units; paths as the portal writes them.
function tree(admins: number, depts: number, leaves: number): UnitChoice[] {
  const units: UnitChoice[] = [];
  for (let a = 0; a < admins; a++) {
    const ap = `/a${a}/`;
    units.push({ id: `a${a}`, name: `Förvaltning ${a}`, path: ap, depth: 0 });
    for (let d = 0; d < depts; d++) {
      const dp = `${ap}a${a}d${d}/`;
      units.push({ id: `a${a}d${d}`, name: `Avdelning ${a}.${d}`, path: dp, depth: 1 });
      for (let l = 0; l < leaves; l++)
        units.push({ id: `a${a}d${d}l${l}`, name: `Enhet ${a}.${d}.${l}`, path: `${dp}a${a}d${d}l${l}/`, depth: 2 });
    }
  }
  return units;
}
const labels = (units: UnitChoice[], selected?: string) =>
  unitChoices(units, selected).options.map((o) => `${'– '.repeat(o.indent)}${o.name}`);

describe('the unit filter', () => {
  it('offers the administrations and their departments, each under its parent, until one is chosen', () => {
    const units = tree(2, 2, 3);
    expect(labels(units)).toEqual([
      'Förvaltning 0',
      '– Avdelning 0.0',
      '– Avdelning 0.1',
      'Förvaltning 1',
      '– Avdelning 1.0',
      '– Avdelning 1.1',
    ]);
    expect(unitChoices(units).deeper).toBe(true);
  });

  it('adds the units right below a chosen department, and keeps the way back up', () => {
    expect(labels(tree(2, 2, 3), 'a1d0')).toEqual([
      'Förvaltning 0',
      '– Avdelning 0.0',
      '– Avdelning 0.1',
      'Förvaltning 1',
      '– Avdelning 1.0',
      '– – Enhet 1.0.0',
      '– – Enhet 1.0.1',
      '– – Enhet 1.0.2',
      '– Avdelning 1.1',
    ]);
    // A chosen unit at the bottom stays in the list with its siblings' parent.
    expect(labels(tree(2, 2, 3), 'a1d0l2')).toContain('– – Enhet 1.0.2');
  });

  it('lets every unit be reached in steps from the first list', () => {
    const units = tree(3, 4, 5);
    const reached = new Set<string>();
    const visit = (selected?: string) => {
      for (const o of unitChoices(units, selected).options)
        if (!reached.has(o.id)) {
          reached.add(o.id);
          visit(o.id);
        }
    };
    visit();
    expect(reached.size).toBe(units.length);
  });

  it('stays small for a large organisation', () => {
    const units = tree(12, 12, 10);
    expect(units.length).toBe(1596);
    expect(unitChoices(units).options.length).toBe(12 + 144);
    expect(unitChoices(units, 'a3d4').options.length).toBe(12 + 144 + 10);
  });

  it('counts the indent from the highest unit a manager may see', () => {
    const units = tree(1, 2, 2).filter((u) => u.path.startsWith('/a0/a0d1/'));
    expect(labels(units)).toEqual(['Avdelning 0.1', '– Enhet 0.1.0', '– Enhet 0.1.1']);
    expect(unitChoices(units).deeper).toBe(false);
  });
});
