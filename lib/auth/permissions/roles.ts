// The one permission table: what each permission role may do. Record-level checks (which
// person, which unit) live beside it, one file per entity; guards in lib/auth/guards.ts call both.
export const roles = ['EMPLOYEE', 'MANAGER', 'STRATEGIST', 'ADMIN'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'learning:take',
  'profile:own',
  'checklist:read',
  'checklist:edit-assigned',
  'checklist:edit-any',
  'team:view',
  'team:assign',
  'rules:manage-units',
  'rules:manage-organisation',
  'stats:view-units',
  'stats:view-organisation',
  'sessions:plan-units',
  'sessions:plan-organisation',
  'plans:manage-units',
  'plans:manage-organisation',
  'examples:review',
  'content:edit',
  'admin:people',
  'admin:units',
  'admin:settings',
  'audit:view',
] as const;
export type Permission = (typeof permissions)[number];

const learner = ['learning:take', 'profile:own', 'checklist:read'] as const;
const manager = [
  ...learner,
  'checklist:edit-assigned',
  'team:view',
  'team:assign',
  'rules:manage-units',
  'stats:view-units',
  'sessions:plan-units',
  'plans:manage-units',
] as const;

export const rolePermissions = {
  EMPLOYEE: learner,
  MANAGER: manager,
  // A strategist may also manage a unit, so they keep the manager's unit-scoped permissions.
  STRATEGIST: [
    ...manager,
    'checklist:edit-any',
    'rules:manage-organisation',
    'stats:view-organisation',
    'sessions:plan-organisation',
    'plans:manage-organisation',
    'examples:review',
    'content:edit',
  ],
  ADMIN: [
    ...manager,
    'checklist:edit-any',
    'rules:manage-organisation',
    'stats:view-organisation',
    'sessions:plan-organisation',
    'plans:manage-organisation',
    'examples:review',
    'content:edit',
    'admin:people',
    'admin:units',
    'admin:settings',
    'audit:view',
  ],
} as const satisfies Record<Role, readonly Permission[]>;

export function can(role: Role, permission: Permission): boolean {
  return (rolePermissions[role] as readonly Permission[]).includes(permission);
}
