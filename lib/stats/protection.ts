import { genderGroup } from '@/lib/labels';

// Disclosure control for every figure about people (statistics, their CSV files, the checklist's
// training figures). The method is aggregation into protection blocks: the organisation's people
// are divided once into blocks of at least MIN_GROUP people, and a figure is shown only when the
// group it counts is made of whole blocks. Every figure any view shows is then a sum of block
// totals, and so is every sum or difference of such figures: nothing about fewer than MIN_GROUP
// people can be worked out, whichever filters, tables and downloads are combined. (In the terms
// of statistical disclosure control: a threshold rule applied to a fixed partition, the idea
// behind k-anonymity and microaggregation; see the README, "Skydd av små grupper".)
//
// The blocks are chosen so that women and men stay comparable: they never mix women, men and the
// third group (annat / vill inte ange / not stated), nor elected politicians with staff. Within
// each such stream they follow the unit tree from the bottom: a unit with at least MIN_GROUP
// people of the stream (its own members plus those of its small units) is a block; a unit with
// fewer passes them to the unit above, or, where there is already a block below it, they join
// the smallest such block, so the unit above can be shown. What is left over at the top of the
// organisation is a block of its own; if it is smaller than MIN_GROUP, no figure that includes
// it is shown.
export const MIN_GROUP = 5;

export type Atom = { unitId: string | null; gender: string | null; audience: string; people: number };
export type UnitRef = { id: string; path: string };
export type Protection = { blockOf: ReadonlyMap<string, number>; sizes: readonly number[] };

/** The finest group the database reports: everyone in it is alike for every figure. */
export const atomKey = (a: { unitId: string | null; gender: string | null; audience: string }) =>
  `${a.unitId ?? ''}|${a.gender ?? ''}|${a.audience}`;

const streamOf = (a: Atom) => `${genderGroup(a.gender)}|${a.audience === 'POLITICIAN' ? 'politician' : 'staff'}`;

type Pool = { keys: string[]; people: number };
const join = (into: Pool, from: Pool) => {
  into.keys.push(...from.keys);
  into.people += from.people;
};

const parentOf = (unit: UnitRef) => {
  const ids = unit.path.split('/').filter(Boolean);
  return ids.length > 1 ? ids[ids.length - 2]! : null;
};

export function buildProtection(atoms: readonly Atom[], units: readonly UnitRef[], min = MIN_GROUP): Protection {
  const known = new Map(units.map((u) => [u.id, u]));
  // Deepest units first, so every unit has heard from the units below it.
  const order = [...units].sort((a, b) => b.path.split('/').length - a.path.split('/').length);
  const streams = new Map<string, Atom[]>();
  for (const atom of atoms) {
    if (atom.people <= 0) continue;
    const stream = streams.get(streamOf(atom)) ?? [];
    stream.push(atom);
    streams.set(streamOf(atom), stream);
  }

  const blockOf = new Map<string, number>();
  const sizes: number[] = [];
  const members: string[][] = [];
  const newBlock = (pool: Pool) => {
    members.push([...pool.keys]);
    sizes.push(pool.people);
    return sizes.length - 1;
  };
  const mergeInto = (block: number, pool: Pool) => {
    members[block]!.push(...pool.keys);
    sizes[block]! += pool.people;
  };

  for (const stream of streams.values()) {
    const pools = new Map<string, Pool>();
    const poolOf = (id: string) => pools.get(id) ?? pools.set(id, { keys: [], people: 0 }).get(id)!;
    const top: Pool = { keys: [], people: 0 };
    for (const atom of stream) {
      const target = atom.unitId && known.has(atom.unitId) ? poolOf(atom.unitId) : top;
      join(target, { keys: [atomKey(atom)], people: atom.people });
    }
    const blocksBelow = new Map<string, number[]>();
    for (const unit of order) {
      const pool = poolOf(unit.id);
      const below = blocksBelow.get(unit.id) ?? [];
      if (pool.people >= min) below.push(newBlock(pool));
      else if (pool.people > 0 && below.length > 0) {
        const smallest = below.reduce((a, b) => (sizes[b]! < sizes[a]! ? b : a));
        mergeInto(smallest, pool);
      } else if (pool.people > 0) {
        const parent = parentOf(unit);
        join(parent && known.has(parent) ? poolOf(parent) : top, pool);
      }
      const parent = parentOf(unit);
      if (parent && known.has(parent)) blocksBelow.set(parent, [...(blocksBelow.get(parent) ?? []), ...below]);
    }
    if (top.people > 0) newBlock(top);
  }
  members.forEach((keys, block) => keys.forEach((key) => blockOf.set(key, block)));
  return { blockOf, sizes };
}

export type Verdict = { show: true } | { show: false; reason: 'small' | 'protects' };

/**
 * Whether a figure about these people may be shown: nobody, or whole blocks of at least
 * MIN_GROUP people. Hidden figures say why: the group itself is small, or showing it would let a
 * small group be worked out from other figures.
 */
export function verdict(
  protection: Protection,
  group: Iterable<{ key: string; people: number }>,
  min = MIN_GROUP,
): Verdict {
  const counted = new Map<number, number>();
  let people = 0;
  let whole = true;
  for (const { key, people: n } of group) {
    if (n <= 0) continue;
    people += n;
    const block = protection.blockOf.get(key);
    if (block === undefined) whole = false;
    else counted.set(block, (counted.get(block) ?? 0) + n);
  }
  if (people === 0) return { show: true };
  if (people < min) return { show: false, reason: 'small' };
  for (const [block, n] of counted) if (n !== protection.sizes[block] || n < min) whole = false;
  return whole ? { show: true } : { show: false, reason: 'protects' };
}
