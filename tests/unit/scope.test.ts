import { describe, expect, it } from 'vitest';
import { canManageUnit, canViewPerson, isUnitInScope, topmostPaths, type Viewer } from '@/lib/auth/permissions';

// Units of one organisation: utbildning → förskola → solrosen, and omsorg beside it.
const org = 'org-1';
const paths = {
  utbildning: '/u/',
  forskola: '/u/f/',
  solrosen: '/u/f/s/',
  grundskola: '/u/g/',
  omsorg: '/o/',
};

const manager: Viewer = { id: 'chef', organisationId: org, role: 'MANAGER', managedUnitPaths: [paths.forskola] };
const employee: Viewer = { id: 'moa', organisationId: org, role: 'EMPLOYEE', managedUnitPaths: [] };
const admin: Viewer = { id: 'admin', organisationId: org, role: 'ADMIN', managedUnitPaths: [] };
const otherAdmin: Viewer = { id: 'admin2', organisationId: 'org-2', role: 'ADMIN', managedUnitPaths: [] };

const person = (id: string, unitPath: string | null, organisationId = org) => ({ id, organisationId, unitPath });

describe('manager scope', () => {
  it('reaches the managed unit and every unit below it', () => {
    expect(canViewPerson(manager, person('a', paths.forskola))).toBe(true);
    expect(canViewPerson(manager, person('b', paths.solrosen))).toBe(true);
  });

  it('does not reach the unit above, a sibling unit or another branch', () => {
    expect(canViewPerson(manager, person('c', paths.utbildning))).toBe(false);
    expect(canViewPerson(manager, person('d', paths.grundskola))).toBe(false);
    expect(canViewPerson(manager, person('e', paths.omsorg))).toBe(false);
  });

  it('does not reach people without a unit (such as politicians)', () => {
    expect(canViewPerson(manager, person('p', null))).toBe(false);
  });

  it('does not reach a unit in another organisation, even with the same path', () => {
    expect(canViewPerson(manager, person('x', paths.forskola, 'org-2'))).toBe(false);
    expect(isUnitInScope(manager, { organisationId: 'org-2', path: paths.solrosen })).toBe(false);
  });

  it('does not take a path that only shares a prefix of characters', () => {
    const look: Viewer = { ...manager, managedUnitPaths: ['/u/f/'] };
    expect(isUnitInScope(look, { organisationId: org, path: '/u/fx/' })).toBe(false);
  });

  it('may manage units in scope only', () => {
    expect(canManageUnit(manager, { organisationId: org, path: paths.solrosen })).toBe(true);
    expect(canManageUnit(manager, { organisationId: org, path: paths.omsorg })).toBe(false);
  });
});

describe('employees and administrators', () => {
  it('an employee sees only themselves', () => {
    expect(canViewPerson(employee, person('moa', paths.solrosen))).toBe(true);
    expect(canViewPerson(employee, person('b', paths.solrosen))).toBe(false);
  });

  it('an administrator sees everyone in their own organisation and nobody outside it', () => {
    expect(canViewPerson(admin, person('e', paths.omsorg))).toBe(true);
    expect(canViewPerson(admin, person('p', null))).toBe(true);
    expect(canViewPerson(otherAdmin, person('e', paths.omsorg))).toBe(false);
    expect(canManageUnit(otherAdmin, { organisationId: org, path: paths.omsorg })).toBe(false);
  });
});

describe('topmostPaths', () => {
  it('drops units that lie below another managed unit', () => {
    expect(topmostPaths(['/u/f/s/', '/u/f/', '/o/', '/o/'])).toEqual(['/o/', '/u/f/']);
  });
});

describe('canEditContent', () => {
  it('lets strategists and admins of the host organisation edit, nobody else', async () => {
    const { canEditContent } = await import('@/lib/auth/permissions');
    expect(canEditContent({ role: 'STRATEGIST', organisationId: 'host' }, 'host')).toBe(true);
    expect(canEditContent({ role: 'ADMIN', organisationId: 'host' }, 'host')).toBe(true);
    expect(canEditContent({ role: 'MANAGER', organisationId: 'host' }, 'host')).toBe(false);
    expect(canEditContent({ role: 'STRATEGIST', organisationId: 'other' }, 'host')).toBe(false);
    expect(canEditContent({ role: 'STRATEGIST', organisationId: 'host' }, null)).toBe(false);
  });
});
