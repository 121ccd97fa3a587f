// The seeded database of the checklist's data tests (tests/unit/checklist-*data.test.ts): the
// demo organisations with their checklists, the people the tests act as, and each organisation's
// whole-organisation checklist.
import { seededDb, type Seeded } from './seeded-db';

export type Editor = { id: string; organisationId: string; role: 'EMPLOYEE' | 'MANAGER' | 'STRATEGIST' | 'ADMIN' };

const emails = {
  strateg: 'strateg@sjostad.se',
  chef: 'chef@sjostad.se',
  medarbetare: 'medarbetare@sjostad.se',
  norrvik: 'admin@norrvik.se',
  other: 'chef.omsorg@sjostad.se',
};

export async function checklistDb() {
  const s: Seeded = await seededDb();
  const { db } = s;
  const host = await db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' }, select: { id: true } });
  await (await import('@/prisma/seed/checklists')).seedChecklists(db, host.id);
  const people: Record<string, Editor> = {};
  for (const [key, email] of Object.entries(emails)) {
    people[key] = (await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, organisationId: true, role: true },
    })) as Editor;
  }
  const checklistOf = async (organisationId: string) =>
    (await db.orgChecklist.findFirstOrThrow({ where: { organisationId }, select: { id: true } })).id;
  return {
    s,
    db,
    people,
    checklistId: await checklistOf(people.strateg!.organisationId),
    norrvikChecklistId: await checklistOf(people.norrvik!.organisationId),
  };
}
