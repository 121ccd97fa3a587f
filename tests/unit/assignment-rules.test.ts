// Rule evaluation for people who join, move or change audience: the same pure function decides
// in every case, so these cases are the rules' behaviour.
import { describe, expect, it } from 'vitest';
import { matchingRules, ruleDueAt, ruleMatches, type RulePerson, type RuleTarget } from '@/lib/assignments/rules';

const forskola: RuleTarget = {
  id: 'r-forskola',
  unitId: 'f',
  unitPath: '/u/f/',
  includeSubunits: true,
  audience: null,
};
const forskolaOnly: RuleTarget = { ...forskola, id: 'r-forskola-only', includeSubunits: false };
const managers: RuleTarget = {
  id: 'r-chefer',
  unitId: null,
  unitPath: null,
  includeSubunits: false,
  audience: 'MANAGER',
};
const forskolaManagers: RuleTarget = { ...forskola, id: 'r-forskola-chefer', audience: 'MANAGER' };
const all = [forskola, forskolaOnly, managers, forskolaManagers];

const person = (p: Partial<RulePerson> = {}): RulePerson => ({
  active: true,
  unitId: 's',
  unitPath: '/u/f/s/',
  audience: 'EMPLOYEE',
  ...p,
});
const ids = (p: RulePerson) =>
  matchingRules(all, p)
    .map((r) => r.id)
    .sort();

describe('which rules reach a person', () => {
  it('a new employee in a unit below gets the subtree rule, not the unit-only rule', () => {
    expect(ids(person())).toEqual(['r-forskola']);
  });

  it('a new employee in the unit itself gets both unit rules', () => {
    expect(ids(person({ unitId: 'f', unitPath: '/u/f/' }))).toEqual(['r-forskola', 'r-forskola-only']);
  });

  it('someone moved out of the subtree no longer matches its rules', () => {
    expect(ids(person({ unitId: 'o', unitPath: '/o/' }))).toEqual([]);
  });

  it('someone moved into the subtree matches from then on', () => {
    const before = person({ unitId: 'g', unitPath: '/u/g/' });
    const after = { ...before, unitId: 'f', unitPath: '/u/f/' };
    expect(ids(before)).toEqual([]);
    expect(ids(after)).toEqual(['r-forskola', 'r-forskola-only']);
  });

  it('an audience change to manager brings the audience rules, with and without unit', () => {
    expect(ids(person({ audience: 'MANAGER' }))).toEqual(['r-chefer', 'r-forskola', 'r-forskola-chefer']);
    expect(ids(person({ audience: 'MANAGER', unitId: 'o', unitPath: '/o/' }))).toEqual(['r-chefer']);
  });

  it('an organisation-wide audience rule reaches people with no unit (politicians, for instance)', () => {
    const politicians: RuleTarget = { ...managers, id: 'p', audience: 'POLITICIAN' };
    expect(ruleMatches(politicians, person({ audience: 'POLITICIAN', unitId: null, unitPath: null }))).toBe(true);
    expect(ruleMatches(forskola, person({ unitId: null, unitPath: null }))).toBe(false);
  });

  it('never reaches a deactivated person', () => {
    expect(ids(person({ active: false, audience: 'MANAGER' }))).toEqual([]);
  });

  it('a rule whose unit is gone, or that names neither unit nor audience, reaches nobody', () => {
    expect(ruleMatches({ ...forskola, unitPath: null }, person())).toBe(false);
    expect(
      ruleMatches({ id: 'x', unitId: null, unitPath: null, includeSubunits: true, audience: null }, person()),
    ).toBe(false);
  });

  it('does not take a unit whose path only shares characters', () => {
    expect(ruleMatches(forskola, person({ unitId: 'fx', unitPath: '/u/fx/' }))).toBe(false);
  });
});

describe('due date of a rule assignment', () => {
  const now = new Date('2026-11-28T10:00:00Z');

  it('is N days after joining, at the end of that day in Stockholm, for a future start date', () => {
    expect(ruleDueAt({ dueDays: 30, joinedAt: new Date('2027-01-07T07:00:00Z'), now }).toISOString()).toBe(
      '2027-02-06T22:59:59.999Z',
    );
  });

  it('counts from today for people who joined before the rule reached them, so it is never in the past', () => {
    expect(ruleDueAt({ dueDays: 14, joinedAt: new Date('2020-03-01T00:00:00Z'), now }).toISOString()).toBe(
      '2026-12-12T22:59:59.999Z',
    );
  });
});
