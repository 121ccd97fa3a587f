// Who may make and change an administration's competence plan: strategists and admins any
// administration of their organisation, a manager only one whose top unit they manage, nobody
// another organisation's; everyone in the organisation reads.
import { describe, expect, it } from 'vitest';
import { canEditPlan, canEditPlanFor, canMakePlans, canReadPlans, type Viewer } from '@/lib/auth/permissions';

const care = { organisationId: 'org', path: '/care/', parentId: null };
const school = { organisationId: 'org', path: '/school/', parentId: null };
const viewer = (role: Viewer['role'], managedUnitPaths: string[] = []): Viewer => ({
  id: 'v',
  organisationId: 'org',
  role,
  managedUnitPaths,
});

describe('competence plan permissions', () => {
  it('lets strategists and admins plan for any administration of their organisation', () => {
    for (const role of ['STRATEGIST', 'ADMIN'] as const) {
      expect(canEditPlanFor(viewer(role), care)).toBe(true);
      expect(canEditPlanFor(viewer(role), { ...care, organisationId: 'other' })).toBe(false);
    }
  });

  it("lets a manager plan for the administration they manage, and refuses another administration's plan", () => {
    const manager = viewer('MANAGER', ['/care/']);
    expect(canMakePlans(manager)).toBe(true);
    expect(canEditPlan(manager, { organisationId: 'org', unit: care })).toBe(true);
    expect(canEditPlan(manager, { organisationId: 'org', unit: school })).toBe(false);
  });

  it('refuses a manager of a unit inside the administration, and a unit that is not an administration', () => {
    const unitManager = viewer('MANAGER', ['/care/homecare/']);
    expect(canEditPlanFor(unitManager, care)).toBe(false);
    expect(
      canEditPlanFor(viewer('MANAGER', ['/care/homecare/']), {
        organisationId: 'org',
        path: '/care/homecare/',
        parentId: 'care',
      }),
    ).toBe(false);
    expect(
      canEditPlanFor(viewer('STRATEGIST'), { organisationId: 'org', path: '/care/homecare/', parentId: 'care' }),
    ).toBe(false);
  });

  it('lets an employee read but not make or change plans, even with a managed unit on record', () => {
    const employee = viewer('EMPLOYEE', ['/care/']);
    expect(canReadPlans(employee, { organisationId: 'org' })).toBe(true);
    expect(canReadPlans(employee, { organisationId: 'other' })).toBe(false);
    expect(canMakePlans(employee)).toBe(false);
    expect(canEditPlanFor(employee, care)).toBe(false);
  });
});
