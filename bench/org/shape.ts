// The synthetic municipality's shape: a unit tree of five levels (the municipality, its
// administrations, departments, sections and units), its people and the unit managers. Pure and
// deterministic, so the generator's shape is tested without a database.
import { makePerson, type Audience, type Person, type Role } from './people';
import { seededRandom } from './random';

export type { Audience, Gender, Person, Role } from './people';

export type OrgSpec = {
  /** Prefix of every id and the e-mail domain, unique per organisation in the bench database. */
  key: string;
  name: string;
  people: number;
  /** Children per unit at each level below the top; fractions spread evenly (2.5: 3, 2, 3, 2 …). */
  branching: readonly number[];
  /** People in the first department's subtree: the manager scenario's team. */
  teamSize: number;
  seed: number;
};

export type Unit = { id: string; parentId: string | null; name: string; path: string; depth: number };
export type OrgShape = {
  units: Unit[];
  people: Person[];
  managers: { userId: string; unitId: string }[];
  /** The department whose manager is the manager scenario's viewer (teamSize people below it). */
  teamUnitId: string;
};

const ADMINISTRATIONS = [
  'Utbildningsförvaltningen',
  'Socialförvaltningen',
  'Vård- och omsorgsförvaltningen',
  'Stadsbyggnadsförvaltningen',
  'Kultur- och fritidsförvaltningen',
  'Tekniska förvaltningen',
  'Miljöförvaltningen',
  'Kommunstyrelseförvaltningen',
];
const LEVEL_NAMES = ['', '', 'Avdelning', 'Område', 'Enhet'];
/** Staff of the municipality's top unit: its manager, strategists and administrators. */
const TOP_STAFF: Role[] = [
  'MANAGER',
  'STRATEGIST',
  'STRATEGIST',
  'STRATEGIST',
  'STRATEGIST',
  'STRATEGIST',
  'STRATEGIST',
  'ADMIN',
  'ADMIN',
];
const ADMINISTRATION_STAFF = 10;
/** Weights of a department's own units when its people are spread: most work in the smallest units. */
const DEPTH_WEIGHT: Record<number, number> = { 2: 1, 3: 2, 4: 6 };

/** Children of the i-th parent at a level with `branching` children on average (first parents get the extra). */
export function childCount(index: number, branching: number): number {
  return Math.ceil((index + 1) * branching) - Math.ceil(index * branching);
}

/** Splits `total` into integer parts proportional to `weights` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let left = total - parts.reduce((a, b) => a + b, 0), k = 0; left > 0; left -= 1, k += 1)
    parts[order[k % order.length]![1]]! += 1;
  return parts;
}

export function buildUnits(spec: OrgSpec): Unit[] {
  const root: Unit = { id: `${spec.key}-u0`, parentId: null, name: spec.name, path: `/${spec.key}-u0/`, depth: 0 };
  const units = [root];
  let level = [root];
  spec.branching.forEach((branching, i) => {
    const depth = i + 1;
    const next: Unit[] = [];
    level.forEach((parent, index) => {
      for (let c = 0; c < childCount(index, branching); c += 1) {
        const id = `${spec.key}-u${units.length + next.length}`;
        const number = parent.depth >= 2 ? `${parent.name.split(' ').at(-1)}.${c + 1}` : String(next.length + 1);
        const name =
          depth === 1
            ? (ADMINISTRATIONS[next.length] ?? `Förvaltning ${next.length + 1}`)
            : `${LEVEL_NAMES[depth] ?? 'Enhet'} ${number}`;
        next.push({ id, parentId: parent.id, name, path: `${parent.path}${id}/`, depth });
      }
    });
    units.push(...next);
    level = next;
  });
  return units;
}

/** The unit tree, everyone in it (exactly `spec.people`), politicians without a unit, and a manager per unit. */
export function buildOrganisation(spec: OrgSpec): OrgShape {
  const random = seededRandom(spec.seed);
  const units = buildUnits(spec);
  const subtreeOf = (unit: Unit) => units.filter((u) => u.path.startsWith(unit.path));
  const departments = units.filter((u) => u.depth === 2);
  const team = departments.find((d) => subtreeOf(d).some((u) => u.depth === 4)) ?? departments[0];
  if (!team) throw new Error('The unit tree needs at least three levels.');

  const politicians = Math.round(spec.people / 100);
  const administrations = units.filter((u) => u.depth === 1);
  const outside = TOP_STAFF.length + administrations.length * ADMINISTRATION_STAFF + politicians;
  const others = departments.filter((d) => d !== team);
  const shares = apportion(
    spec.people - outside - spec.teamSize,
    others.map(() => 1),
  );
  const headcount = new Map<string, number>([
    [units[0]!.id, TOP_STAFF.length],
    [team.id, spec.teamSize],
  ]);
  administrations.forEach((a) => headcount.set(a.id, ADMINISTRATION_STAFF));
  others.forEach((d, i) => headcount.set(d.id, shares[i]!));

  // Within a department every unit gets its manager first, then the rest by weight.
  const perUnit = new Map<string, number>();
  for (const unit of units) {
    if (unit.depth !== 2) {
      if (unit.depth < 2) perUnit.set(unit.id, headcount.get(unit.id)!);
      continue;
    }
    const own = subtreeOf(unit);
    const spread = apportion(
      headcount.get(unit.id)! - own.length,
      own.map((u) => DEPTH_WEIGHT[u.depth] ?? 1),
    );
    own.forEach((u, i) => perUnit.set(u.id, 1 + spread[i]!));
  }

  const people: Person[] = [];
  const managers: OrgShape['managers'] = [];
  for (const unit of units) {
    const count = perUnit.get(unit.id) ?? 0;
    for (let i = 0; i < count; i += 1) {
      const role: Role = unit.depth === 0 ? TOP_STAFF[i]! : i === 0 ? 'MANAGER' : 'EMPLOYEE';
      const audience: Audience = role === 'MANAGER' ? 'MANAGER' : role === 'STRATEGIST' ? 'STRATEGIST' : 'EMPLOYEE';
      const person = makePerson(random, spec.key, people.length, { unitId: unit.id, role, audience });
      if (i === 0) managers.push({ userId: person.id, unitId: unit.id });
      people.push(person);
    }
  }
  for (let i = 0; i < politicians; i += 1)
    people.push(
      makePerson(random, spec.key, people.length, { unitId: null, role: 'EMPLOYEE', audience: 'POLITICIAN' }),
    );
  return { units, people, managers, teamUnitId: team.id };
}
