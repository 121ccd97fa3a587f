import { describe, expect, it } from 'vitest';
import { can, permissions, roles, type Permission, type Role } from '@/lib/auth/permissions';

// The expected table, written out by hand: a change to lib/auth/permissions/roles.ts must change this too.
const expected: Record<Permission, Role[]> = {
  'learning:take': ['EMPLOYEE', 'MANAGER', 'STRATEGIST', 'ADMIN'],
  'profile:own': ['EMPLOYEE', 'MANAGER', 'STRATEGIST', 'ADMIN'],
  'checklist:read': ['EMPLOYEE', 'MANAGER', 'STRATEGIST', 'ADMIN'],
  'checklist:edit-assigned': ['MANAGER', 'STRATEGIST', 'ADMIN'],
  'checklist:edit-any': ['STRATEGIST', 'ADMIN'],
  'team:view': ['MANAGER', 'STRATEGIST', 'ADMIN'],
  'team:assign': ['MANAGER', 'STRATEGIST', 'ADMIN'],
  'rules:manage-units': ['MANAGER', 'STRATEGIST', 'ADMIN'],
  'rules:manage-organisation': ['STRATEGIST', 'ADMIN'],
  'stats:view-units': ['MANAGER', 'STRATEGIST', 'ADMIN'],
  'stats:view-organisation': ['STRATEGIST', 'ADMIN'],
  'sessions:plan-units': ['MANAGER', 'STRATEGIST', 'ADMIN'],
  'sessions:plan-organisation': ['STRATEGIST', 'ADMIN'],
  'plans:manage-units': ['MANAGER', 'STRATEGIST', 'ADMIN'],
  'plans:manage-organisation': ['STRATEGIST', 'ADMIN'],
  'examples:review': ['STRATEGIST', 'ADMIN'],
  'content:edit': ['STRATEGIST', 'ADMIN'],
  'admin:people': ['ADMIN'],
  'admin:units': ['ADMIN'],
  'admin:settings': ['ADMIN'],
  'audit:view': ['ADMIN'],
};

describe('permission table', () => {
  it('lists every permission in the expected table', () => {
    expect(Object.keys(expected).sort()).toEqual([...permissions].sort());
  });

  for (const role of roles) {
    for (const permission of permissions) {
      const allowed = expected[permission].includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }
});
