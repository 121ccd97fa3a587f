import { describe, expect, it } from 'vitest';
import {
  buildUnitTree,
  flattenUnitTree,
  planUnitMove,
  unitNamePaths,
  unitPathKey,
  type UnitNode,
} from '@/lib/units/tree';

// utb → forskola → solrosen, utb → grundskola; omsorg at the top beside utb.
const units: Record<string, UnitNode> = {
  utb: { id: 'utb', parentId: null, name: 'Utbildningsförvaltningen', path: '/utb/', depth: 0 },
  forskola: { id: 'forskola', parentId: 'utb', name: 'Förskola', path: '/utb/forskola/', depth: 1 },
  solrosen: {
    id: 'solrosen',
    parentId: 'forskola',
    name: 'Förskolan Solrosen',
    path: '/utb/forskola/solrosen/',
    depth: 2,
  },
  grundskola: { id: 'grundskola', parentId: 'utb', name: 'Grundskola', path: '/utb/grundskola/', depth: 1 },
  omsorg: { id: 'omsorg', parentId: null, name: 'Vård- och omsorgsförvaltningen', path: '/omsorg/', depth: 0 },
};
const all = Object.values(units);

describe('planUnitMove', () => {
  it('moves a unit and its whole subtree, with new paths and depths', () => {
    const plan = planUnitMove({ unit: units.forskola!, newParent: units.omsorg!, subtree: all });
    expect(plan).toEqual({
      ok: true,
      parentId: 'omsorg',
      updates: [
        { id: 'forskola', path: '/omsorg/forskola/', depth: 1 },
        { id: 'solrosen', path: '/omsorg/forskola/solrosen/', depth: 2 },
      ],
    });
  });

  it('moves a unit to the top level', () => {
    const plan = planUnitMove({ unit: units.forskola!, newParent: null, subtree: all });
    expect(plan).toMatchObject({
      ok: true,
      parentId: null,
      updates: [
        { id: 'forskola', path: '/forskola/', depth: 0 },
        { id: 'solrosen', path: '/forskola/solrosen/', depth: 1 },
      ],
    });
  });

  it('moves a top-level unit deeper', () => {
    const plan = planUnitMove({ unit: units.utb!, newParent: units.omsorg!, subtree: all });
    expect(plan.ok && plan.updates.find((u) => u.id === 'solrosen')).toEqual({
      id: 'solrosen',
      path: '/omsorg/utb/forskola/solrosen/',
      depth: 3,
    });
    expect(plan.ok && plan.updates).toHaveLength(4);
  });

  it('refuses a move into the unit itself', () => {
    expect(planUnitMove({ unit: units.forskola!, newParent: units.forskola!, subtree: all })).toEqual({
      ok: false,
      message: 'En enhet kan inte flyttas in i sig själv.',
    });
  });

  it('refuses a move into its own subtree, at any depth', () => {
    expect(planUnitMove({ unit: units.forskola!, newParent: units.solrosen!, subtree: all }).ok).toBe(false);
    expect(planUnitMove({ unit: units.utb!, newParent: units.solrosen!, subtree: all })).toEqual({
      ok: false,
      message: 'En enhet kan inte flyttas in under en av sina egna underenheter.',
    });
  });

  it('allows a move beside its own subtree (a sibling whose id path merely looks alike)', () => {
    const look: UnitNode = { id: 'forskola2', parentId: 'utb', name: 'Förskola 2', path: '/utb/forskola2/', depth: 1 };
    expect(planUnitMove({ unit: units.forskola!, newParent: look, subtree: [...all, look] }).ok).toBe(true);
  });
});

describe('unit names and tree', () => {
  it('gives each unit its names from the top down', () => {
    expect(unitNamePaths(all).get('solrosen')).toEqual(['Utbildningsförvaltningen', 'Förskola', 'Förskolan Solrosen']);
  });

  it('compares paths without case or extra spaces', () => {
    expect(unitPathKey(['Utbildningsförvaltningen', ' förskola  '])).toBe(
      unitPathKey(['UTBILDNINGSFÖRVALTNINGEN', 'Förskola']),
    );
  });

  it('builds a sorted tree and flattens it in display order', () => {
    const tree = buildUnitTree(all);
    expect(tree.map((n) => n.id)).toEqual(['utb', 'omsorg']);
    expect(flattenUnitTree(tree).map((u) => u.id)).toEqual(['utb', 'forskola', 'solrosen', 'grundskola', 'omsorg']);
  });
});
