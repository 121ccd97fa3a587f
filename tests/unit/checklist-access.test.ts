import { describe, expect, it } from 'vitest';
import { canAssignResponsible, canEditChecklistItem, roles, type Role } from '@/lib/auth/permissions';

const viewer = (role: Role) => ({ id: 'me', role, organisationId: 'org' });
const ours = { organisationId: 'org' };

describe('who may change a checklist item', () => {
  it.each(roles)('%s: any item only with checklist:edit-any, own items with edit-assigned', (role) => {
    const any = role === 'STRATEGIST' || role === 'ADMIN';
    expect(canEditChecklistItem(viewer(role), ours, { responsibleId: null })).toBe(any);
    expect(canEditChecklistItem(viewer(role), ours, { responsibleId: 'someone' })).toBe(any);
    expect(canEditChecklistItem(viewer(role), ours, { responsibleId: 'me' })).toBe(role !== 'EMPLOYEE');
    expect(canAssignResponsible(viewer(role))).toBe(any);
  });

  it('never lets anyone change another organisation’s checklist', () => {
    for (const role of roles)
      expect(canEditChecklistItem(viewer(role), { organisationId: 'other' }, { responsibleId: 'me' })).toBe(false);
  });
});
