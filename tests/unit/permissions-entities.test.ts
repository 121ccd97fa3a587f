import { describe, expect, it } from 'vitest';
import {
  canAssign,
  canAssignResponsible,
  canAssignToPerson,
  canAssignToUnit,
  canEditChecklistItem,
  canHandleDeletionRequest,
  canEditContent,
  canManageRule,
  canManageUnit,
  canOpenChecklist,
  canRemindPerson,
  canViewPerson,
  checklistItemWhere,
  deletionRequestWhere,
  isInStatisticsScope,
  personScopeWhere,
  roles,
  statisticsScope,
  unitScopeWhere,
  type Role,
  type Viewer,
} from '@/lib/auth/permissions';

// Every record-level decision per entity, for every role, in and out of the viewer's units and
// across organisations. Each viewer manages the same unit, so the role is the only difference;
// expectations are written out per role (E, M, S, A) so a change to a rule must change them.
const org = 'org-1';
const other = 'org-2';
const paths = { forskola: '/u/f/', solrosen: '/u/f/s/', omsorg: '/o/' };

const viewer = (role: Role, organisationId = org): Viewer => ({
  id: `${role}-me`,
  organisationId,
  role,
  managedUnitPaths: [paths.forskola],
});
const expectByRole = (decide: (v: Viewer) => boolean, expected: Record<Role, boolean>) => {
  expect(Object.fromEntries(roles.map((role) => [role, decide(viewer(role))]))).toEqual(expected);
};
const all = (value: boolean): Record<Role, boolean> => ({
  EMPLOYEE: value,
  MANAGER: value,
  STRATEGIST: value,
  ADMIN: value,
});
const fromManager: Record<Role, boolean> = { EMPLOYEE: false, MANAGER: true, STRATEGIST: true, ADMIN: true };
const fromStrategist: Record<Role, boolean> = { EMPLOYEE: false, MANAGER: false, STRATEGIST: true, ADMIN: true };
const adminOnly: Record<Role, boolean> = { EMPLOYEE: false, MANAGER: false, STRATEGIST: false, ADMIN: true };

const inScope = { organisationId: org, path: paths.solrosen };
const outOfScope = { organisationId: org, path: paths.omsorg };
const otherOrg = { organisationId: other, path: paths.solrosen };
const person = (unit: { organisationId: string; path: string } | null, id = 'someone') => ({
  id,
  organisationId: unit?.organisationId ?? org,
  unitPath: unit?.path ?? null,
});

describe('people', () => {
  it('everyone sees themselves', () => expectByRole((v) => canViewPerson(v, { ...person(null), id: v.id }), all(true)));
  it('a person in scope: those who view a team', () =>
    expectByRole((v) => canViewPerson(v, person(inScope)), fromManager));
  it('a person out of scope, or without a unit: administrators only', () => {
    expectByRole((v) => canViewPerson(v, person(outOfScope)), adminOnly);
    expectByRole((v) => canViewPerson(v, person(null)), adminOnly);
  });
  it('a person in another organisation: nobody', () =>
    expectByRole((v) => canViewPerson(v, person(otherOrg)), all(false)));
  it('the team where covers the managed subtree inside the organisation, and nobody without units', () => {
    expect(personScopeWhere(viewer('MANAGER'))).toEqual({
      organisationId: org,
      OR: [{ unit: { path: { startsWith: paths.forskola } } }],
    });
    expect(personScopeWhere({ ...viewer('ADMIN'), managedUnitPaths: [] })).toEqual({ organisationId: org, OR: [] });
  });
});

describe('units', () => {
  it('in scope: those who assign', () => expectByRole((v) => canManageUnit(v, inScope), fromManager));
  it('out of scope: administrators only', () => expectByRole((v) => canManageUnit(v, outOfScope), adminOnly));
  it('another organisation: nobody', () => expectByRole((v) => canManageUnit(v, otherOrg), all(false)));
  it('the unit where is the topmost managed subtrees, or the organisation when asked', () => {
    const deep = { ...viewer('MANAGER'), managedUnitPaths: [paths.solrosen, paths.forskola] };
    expect(unitScopeWhere(deep)).toEqual({ organisationId: org, OR: [{ path: { startsWith: paths.forskola } }] });
    expect(unitScopeWhere(deep, { organisationWide: true })).toEqual({ organisationId: org });
  });
});

describe('assignment rules', () => {
  it('on a unit in scope: managers and up', () => expectByRole((v) => canManageRule(v, inScope), fromManager));
  it('on a unit out of scope, or organisation-wide: strategists and admins', () => {
    expectByRole((v) => canManageRule(v, outOfScope), fromStrategist);
    expectByRole((v) => canManageRule(v, null), fromStrategist);
  });
  it('on a unit of another organisation: nobody', () => expectByRole((v) => canManageRule(v, otherOrg), all(false)));
});

describe('assignments and reminders', () => {
  it('to people and units in scope: those who assign', () => {
    expectByRole(canAssign, fromManager);
    expectByRole((v) => canAssignToPerson(v, person(inScope)), fromManager);
    expectByRole((v) => canAssignToUnit(v, inScope), fromManager);
    expectByRole((v) => canRemindPerson(v, person(inScope)), fromManager);
  });
  it('out of scope, without a unit or in another organisation: nobody, administrators included', () => {
    for (const target of [outOfScope, otherOrg]) {
      expectByRole((v) => canAssignToPerson(v, person(target)), all(false));
      expectByRole((v) => canAssignToUnit(v, target), all(false));
      expectByRole((v) => canRemindPerson(v, person(target)), all(false));
    }
    expectByRole((v) => canAssignToPerson(v, person(null)), all(false));
  });
});

describe('content', () => {
  it('the host organisation’s strategists and admins', () =>
    expectByRole((v) => canEditContent(v, org), fromStrategist));
  it('nobody from another organisation, and nobody when there is no host', () => {
    expectByRole((v) => canEditContent(v, other), all(false));
    expectByRole((v) => canEditContent(v, null), all(false));
  });
});

describe('checklist', () => {
  const ours = { organisationId: org };
  it('an item the viewer is responsible for: managers and up', () =>
    expectByRole((v) => canEditChecklistItem(v, ours, { responsibleId: v.id }), fromManager));
  it('any other item, choosing who is responsible, opening a checklist: strategists and admins', () => {
    expectByRole((v) => canEditChecklistItem(v, ours, { responsibleId: 'someone' }), fromStrategist);
    expectByRole(canAssignResponsible, fromStrategist);
    expectByRole(canOpenChecklist, fromStrategist);
  });
  it('another organisation’s checklist: nobody', () =>
    expectByRole((v) => canEditChecklistItem(v, { organisationId: other }, { responsibleId: v.id }), all(false)));
  it('item reads are bound to the viewer’s organisation', () => {
    expect(checklistItemWhere(viewer('ADMIN'), { checklistId: 'c', itemKey: 'k' })).toEqual({
      checklistId: 'c',
      itemKey: 'k',
      checklist: { organisationId: org },
    });
  });
});

describe('statistics', () => {
  it('the organisation for strategists and admins, the managed units for managers, nothing for employees', () => {
    expect(Object.fromEntries(roles.map((role) => [role, statisticsScope(viewer(role))]))).toEqual({
      EMPLOYEE: [],
      MANAGER: [paths.forskola],
      STRATEGIST: 'organisation',
      ADMIN: 'organisation',
    });
  });
  it('a unit is in a scope when it lies in one of its subtrees', () => {
    expect(isInStatisticsScope('organisation', { path: paths.omsorg })).toBe(true);
    expect(isInStatisticsScope([paths.forskola], { path: paths.solrosen })).toBe(true);
    expect(isInStatisticsScope([paths.forskola], { path: paths.omsorg })).toBe(false);
    expect(isInStatisticsScope([], { path: paths.solrosen })).toBe(false);
  });
});

describe('requests for deletion', () => {
  it('the organisation’s own: administrators only', () =>
    expectByRole((v) => canHandleDeletionRequest(v, { organisationId: org }), adminOnly));
  it('another organisation’s: nobody', () =>
    expectByRole((v) => canHandleDeletionRequest(v, { organisationId: other }), all(false)));
  it('the queue reads the organisation’s requests, and none without admin:people', () => {
    expect(deletionRequestWhere(viewer('ADMIN'))).toEqual({ organisationId: org });
    expect(deletionRequestWhere(viewer('STRATEGIST'))).toEqual({ organisationId: org, id: { in: [] } });
  });
});
