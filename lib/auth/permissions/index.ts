// The one home for permissions: the role table and, per entity, the record-level decisions and
// the `where` builders that put the viewer's scope into a query. Pure functions only (client
// components import them too); guards in lib/auth/guards.ts apply them to the signed-in person.
export * from './roles';
export * from './viewer';
export * from './people';
export * from './units';
export * from './rules';
export * from './assignments';
export * from './content';
export * from './checklist';
export * from './statistics';
export * from './sessions';
export * from './examples';
export * from './plans';
export * from './deletion-requests';
