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
