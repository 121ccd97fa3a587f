// The seeded database and look-ups of the managers' assignment tests (tests/unit/assign-*.test.ts).
import type { Db } from '@/lib/db';
import type { AssignInput } from '@/lib/validation/assignments';
import { seededDb } from './seeded-db';

export async function assignDb() {
  const s = await seededDb();
  return { s, assign: await import('@/lib/data/assign'), chef: await s.viewer('chef@sjostad.se') };
}

/** Look-ups by the seeded names; `db` is read when called, after beforeAll has set it. */
export function lookups(db: () => Db) {
  return {
    course: (slug: string) => db().course.findFirstOrThrow({ where: { slug }, select: { id: true } }),
    unit: (name: string) => db().orgUnit.findFirstOrThrow({ where: { name }, select: { id: true } }),
    person: (email: string) => db().user.findUniqueOrThrow({ where: { email }, select: { id: true } }),
    /** What an assignment writes: refused input must leave all three unchanged. */
    counts: async () => ({
      assignments: await db().assignment.count(),
      mails: await db().outboxMail.count(),
      audit: await db().auditEvent.count(),
    }),
  };
}

/** The form's input, with only what a test sets. */
export const input = (over: Record<string, unknown>) =>
  ({
    target: 'people',
    userIds: [],
    includeSubunits: false,
    ...over,
  }) as unknown as AssignInput;
