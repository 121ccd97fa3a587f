import type { OrgSpec } from './shape';

/** 20,000 people in 609 units on five levels; the manager scenario's department has 500. */
export const LARGE: OrgSpec = {
  key: 'b20k',
  name: 'Storstads kommun',
  people: 20_000,
  branching: [8, 5, 4, 2.5],
  teamSize: 500,
  seed: 20_000,
};
/** The same five levels at a tenth of the size (105 units): the manager's department is a tenth as well. */
export const SMALL: OrgSpec = {
  key: 'b2k',
  name: 'Lillby kommun',
  people: 2_000,
  branching: [4, 10, 0.5, 2],
  teamSize: 50,
  seed: 2_000,
};

/** The comparison's other municipalities (issue 15): 49 more of SMALL's shape, each with its own people. */
export const PEERS = 49;
export const peer = (i: number): OrgSpec => ({
  ...SMALL,
  key: `p2k${String(i).padStart(2, '0')}`,
  name: `Jämförkommun ${i}`,
  seed: 3_000 + i,
});

/** The national installation (issue 20): 300 organisations, 1,000,000 people, the largest 50,000. */
export const NATIONAL = { organisations: 300, people: 1_000_000, largest: 50_000, smallest: 250, reference: 2_000 };

/**
 * Sizes spread like Swedish municipalities and regions: a few large ones and a long tail of small
 * ones (size ∝ rank^-a, a chosen so the sizes add up), each at least `smallest`. Exactly one
 * organisation has `reference` people (the 2,000-person one the largest is compared with) and the
 * sizes add up to `people` exactly. Largest first.
 */
export function nationalSizes(n = NATIONAL): number[] {
  const sizesFor = (a: number) =>
    Array.from({ length: n.organisations }, (_, i) => Math.max(n.smallest, Math.round(n.largest * (i + 1) ** -a)));
  const total = (a: number) => sizesFor(a).reduce((s, x) => s + x, 0);
  let [low, high] = [0.01, 3];
  for (let step = 0; step < 60; step += 1) {
    const mid = (low + high) / 2;
    if (total(mid) > n.people) low = mid;
    else high = mid;
  }
  const sizes = sizesFor(high);
  // The one nearest the reference size becomes it; the difference left goes to the second largest.
  let nearest = 1;
  sizes.forEach((s, i) => {
    if (i > 0 && Math.abs(s - n.reference) < Math.abs(sizes[nearest]! - n.reference)) nearest = i;
  });
  sizes[nearest] = n.reference;
  sizes[1]! += n.people - sizes.reduce((s, x) => s + x, 0);
  return sizes;
}

/** An organisation of the national installation: its unit tree grows with its size (about 30 people a unit). */
export function nationalSpec(rank: number, people: number): OrgSpec {
  const key = `n${String(rank).padStart(3, '0')}`;
  const name = rank % 14 === 0 ? `Region ${rank}` : `Kommun ${rank}`;
  const seed = 10_000 + rank;
  if (people === NATIONAL.reference) return { ...SMALL, key, name, seed };
  if (people < 1_000) return { key, name, people, branching: [3, 2, 2, 0.5], teamSize: 10, seed };
  if (people < 5_000) return { key, name, people, branching: SMALL.branching, teamSize: Math.round(people / 40), seed };
  // Eight administrations of five departments of four sections; the units below follow the size.
  const lowest = Math.max(0.5, Math.round(((people / 33 - 209) / 160) * 4) / 4);
  return {
    key,
    name,
    people,
    branching: [8, 5, 4, lowest],
    teamSize: Math.min(500, Math.round(people / 40)),
    seed,
  };
}
