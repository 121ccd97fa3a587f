// Test support for the disclosure-control property tests: random organisations, every view of
// the statistics a person can ask for, and an exact check of what the published figures reveal.
import fc from 'fast-check';
import { trainingFigures } from '@/lib/checklist/training';
import { isInStatisticsScope, type StatisticsScope } from '@/lib/auth/permissions/statistics';
import { buildReport, type UnitInfo } from '@/lib/stats/report';
import { buildTrend, lastQuarters } from '@/lib/stats/trend';
import { buildProtection, type Atom, type Protection } from '@/lib/stats/protection';
import type { BaseRow, DisplayCell } from '@/lib/stats/rollup';

export type Org = { units: UnitInfo[]; atoms: Atom[] };

const audiences = ['EMPLOYEE', 'MANAGER', 'STRATEGIST', 'POLITICIAN'] as const;
const genders = ['KVINNA', 'MAN', 'ANNAT', 'VILL_INTE_ANGE', null] as const;

/** A unit tree of 1–3 administrations with up to two units below each, and some below those. */
const treeArb = fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }), { minLength: 1, maxLength: 3 });

function unitsOf(tree: number[][]): UnitInfo[] {
  const units: UnitInfo[] = [];
  const add = (parent: UnitInfo | null) => {
    const id = `u${units.length}`;
    const unit = {
      id,
      name: `Enhet ${id}`,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
    };
    units.push(unit);
    return unit;
  };
  for (const children of tree) {
    const admin = add(null);
    for (const grandchildren of children) {
      const child = add(admin);
      for (let i = 0; i < grandchildren; i++) add(child);
    }
  }
  return units;
}

/** Mostly small groups, where disclosure happens; some large ones. No two atoms alike. */
export const orgArb = (options: { politiciansInUnits: boolean } = { politiciansInUnits: true }) =>
  treeArb.chain((tree) => {
    const units = unitsOf(tree);
    const atom = fc.record({
      unit: fc.integer({ min: -1, max: units.length - 1 }),
      gender: fc.constantFrom(...genders),
      audience: fc.constantFrom(...audiences),
      people: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 12 })),
    });
    return fc.array(atom, { maxLength: 14 }).map((drawn): Org => {
      const byKey = new Map<string, Atom>();
      for (const a of drawn) {
        const politician = a.audience === 'POLITICIAN';
        // Staff always have a unit; politicians may have none.
        const unit = a.unit < 0 || (politician && !options.politiciansInUnits) ? null : units[a.unit]!;
        if (!unit && !politician) continue;
        const key = `${unit?.id}|${a.gender}|${a.audience}`;
        const seen = byKey.get(key);
        if (seen) seen.people += a.people;
        else byKey.set(key, { unitId: unit?.id ?? null, gender: a.gender, audience: a.audience, people: a.people });
      }
      return { units, atoms: [...byKey.values()] };
    });
  });

/**
 * Statistics rows whose every measure is a bit mask of the atoms behind it (atom i counts 2^i), so
 * a shown figure's numerator names exactly the people it is about. Suppression looks only at
 * `people`, which stays true.
 */
export function taggedRows(org: Org): BaseRow[] {
  return org.atoms.flatMap((a, i) =>
    a.unitId === null
      ? []
      : [
          {
            ...a,
            unitId: a.unitId,
            assigned: 2 ** i,
            assignedDone: 2 ** i,
            overdue: 2 ** i,
            completers: 2 ** i,
            completions: 2 ** i,
          },
        ],
  );
}

/** Viewers who see different parts: the strategist (everything) and a manager of each unit. */
export function scopesOf(org: Org): StatisticsScope[] {
  return [
    'organisation',
    ...org.units.map((u) => [u.path]),
    ...(org.units.length > 2 ? [[org.units[1]!.path, org.units[2]!.path]] : []),
  ];
}

/**
 * The masks of every figure one viewer can see, over all filters the page allows that change who
 * is counted (unit and audience; course and period change only which completions count, which the
 * masks cover), plus the checklist's training figures.
 */
const quarters = lastQuarters(new Date(), 2);

export function publishedMasks(org: Org, protection: Protection, scope: StatisticsScope): number[] {
  const rows = taggedRows(org).filter((r) => {
    const unit = org.units.find((u) => u.id === r.unitId)!;
    return isInStatisticsScope(scope, unit);
  });
  const visible = org.units.filter((u) => isInStatisticsScope(scope, u));
  const masks: number[] = [];
  const take = (cell: DisplayCell) => {
    if (!cell.hidden && cell.numerator > 0) masks.push(cell.numerator);
  };
  for (const selectedUnit of [undefined, ...visible]) {
    for (const audience of [undefined, ...audiences]) {
      const viewRows = rows.filter((r) => {
        const unit = org.units.find((u) => u.id === r.unitId)!;
        return (!selectedUnit || unit.path.startsWith(selectedUnit.path)) && (!audience || r.audience === audience);
      });
      // The trend: every atom's people counted as completed before the first quarter, by mask.
      const firsts = viewRows.map((r) => ({ ...r, quarter: -1, people: r.completers }));
      const trend = buildTrend({ rows: viewRows, firsts, quarters, protection });
      for (const table of buildReport({ rows: viewRows, units: org.units, protection, selectedUnit })) {
        for (const row of [...table.rows, table.average, ...trend]) {
          take(row.cells.KVINNA);
          take(row.cells.MAN);
          take(row.total);
        }
      }
    }
  }
  const training = trainingFigures(
    org.atoms.map((a, i) => ({ ...a, completed: 2 ** i })),
    protection,
  );
  for (const cell of [training.groups.KVINNA, training.groups.MAN, training.total, training.politicians]) {
    if (!cell.suppressed && cell.completed > 0) masks.push(cell.completed);
  }
  return [...new Set(masks)];
}

export const protectionOf = (org: Org) => buildProtection(org.atoms, org.units);

const P = 67_108_859; // a prime below 2^26: products stay exact in a double

/** The rational span of 0/1 vectors, kept in reduced echelon form modulo a large prime. */
export class Span {
  private rows: { pivot: number; v: number[] }[] = [];
  constructor(private readonly n: number) {}

  private reduce(input: number[]): number[] {
    const v = [...input];
    for (const { pivot, v: row } of this.rows) {
      const f = v[pivot]!;
      if (f !== 0) for (let j = 0; j < this.n; j++) v[j] = (((v[j]! - f * row[j]!) % P) + P) % P;
    }
    return v;
  }

  add(input: number[]) {
    const v = this.reduce(input);
    const pivot = v.findIndex((x) => x !== 0);
    if (pivot < 0) return;
    const inv = modPow(v[pivot]!, P - 2);
    const row = v.map((x) => (x * inv) % P);
    for (const other of this.rows) {
      const f = other.v[pivot]!;
      if (f !== 0) other.v = other.v.map((x, j) => (((x - f * row[j]!) % P) + P) % P);
    }
    this.rows.push({ pivot, v: row });
  }

  contains(v: number[]): boolean {
    return this.reduce(v).every((x) => x === 0);
  }
}

function modPow(base: number, exp: number): number {
  let result = 1n;
  let b = BigInt(base) % BigInt(P);
  let e = BigInt(exp);
  while (e > 0n) {
    if (e & 1n) result = (result * b) % BigInt(P);
    b = (b * b) % BigInt(P);
    e >>= 1n;
  }
  return Number(result);
}

/** Every group of 1 to min−1 people made of whole atoms (people within an atom are alike). */
export function smallGroups(atoms: readonly Atom[], min: number): number[][] {
  const groups: number[][] = [];
  const walk = (from: number, chosen: number[], people: number) => {
    for (let i = from; i < atoms.length; i++) {
      const total = people + atoms[i]!.people;
      if (total >= min) continue;
      groups.push([...chosen, i]);
      walk(i + 1, [...chosen, i], total);
    }
  };
  walk(0, [], 0);
  return groups;
}

export const vectorOfMask = (mask: number, n: number) =>
  Array.from({ length: n }, (_, i) => (Math.floor(mask / 2 ** i) % 2 === 1 ? 1 : 0));
