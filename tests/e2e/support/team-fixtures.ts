// Fixtures for the manager's and statistics specs: fresh units (under a demo unit, or an
// administration of its own at the top) with fresh people, so a spec never touches the demo accounts.
import { randomBytes, randomUUID } from 'node:crypto';
import { createPerson, type Fixture } from './fixtures';
import { isPostgres, withDb } from './db';

const p = (n: number) => (isPostgres ? `$${n}` : '?');
/** Prisma's own text form of a date in SQLite, so the app compares it correctly. */
export const dbDate = (d: Date) => (isPostgres ? d.toISOString() : d.toISOString().replace('Z', '+00:00'));

export async function createUnit(parentName: string, name: string): Promise<{ id: string; name: string }> {
  const id = randomUUID();
  await withDb(async (db) => {
    const [parent] = await db.query<{ id: string; path: string; depth: number; organisationId: string }>(
      `SELECT id, path, depth, "organisationId" FROM "OrgUnit" WHERE name = ${p(1)}`,
      [parentName],
    );
    const now = dbDate(new Date());
    await db.query(
      `INSERT INTO "OrgUnit" (id, "organisationId", "parentId", name, path, depth, "createdAt", "updatedAt") VALUES (${[1, 2, 3, 4, 5, 6, 7, 8].map(p).join(', ')})`,
      [id, parent!.organisationId, parent!.id, name, `${parent!.path}${id}/`, Number(parent!.depth) + 1, now, now],
    );
  });
  return { id, name };
}

/** A new administration at the top of Sjöstad's tree: its people are protection blocks of their own. */
export async function createTopUnit(name: string): Promise<{ id: string; name: string }> {
  const id = randomUUID();
  await withDb(async (db) => {
    const [org] = await db.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE slug = ${p(1)}`, ['sjostad']);
    const now = dbDate(new Date());
    await db.query(
      `INSERT INTO "OrgUnit" (id, "organisationId", "parentId", name, path, depth, "createdAt", "updatedAt") VALUES (${[1, 2, 3, 4, 5, 6, 7, 8].map(p).join(', ')})`,
      [id, org!.id, null, name, `/${id}/`, 0, now, now],
    );
  });
  return { id, name };
}

export type Gender = 'KVINNA' | 'MAN';

/** `women` women, then `men` men, in the unit; `name` names each by sex and place in the list. */
export async function createStaff(options: {
  unit: string;
  women: number;
  men: number;
  name: (gender: Gender, i: number) => string;
}): Promise<(Fixture & { gender: Gender })[]> {
  const genders: Gender[] = [...Array<Gender>(options.women).fill('KVINNA'), ...Array<Gender>(options.men).fill('MAN')];
  const people: (Fixture & { gender: Gender })[] = [];
  for (const [i, gender] of genders.entries()) {
    const person = await createPerson({ unit: options.unit, name: options.name(gender, i) });
    await withDb((db) => db.query(`UPDATE "User" SET gender = ${p(1)} WHERE id = ${p(2)}`, [gender, person.id]));
    people.push({ ...person, gender });
  }
  return people;
}

export type Team = { unit: { id: string; name: string }; manager: Fixture; learner: Fixture };

/** A new unit below Förskola with one learner, managed by a new manager who sits in Förskola. */
export async function createTeam(learnerName?: string): Promise<Team> {
  const tag = randomBytes(3).toString('hex');
  const unit = await createUnit('Förskola', `Avdelning Tussilago ${tag}`);
  const manager = await createPerson({ unit: 'Förskola', role: 'MANAGER', audience: 'MANAGER', name: `Chef ${tag}` });
  await withDb((db) =>
    db.query(`INSERT INTO "UnitManager" ("userId", "unitId", "createdAt") VALUES (${p(1)}, ${p(2)}, ${p(3)})`, [
      manager.id,
      unit.id,
      dbDate(new Date()),
    ]),
  );
  const learner = await createPerson({ unit: unit.name, name: learnerName ?? `Åsa Östlund ${tag}` });
  return { unit, manager, learner };
}

export async function courseId(slug: string): Promise<string> {
  const rows = await withDb((db) => db.query<{ id: string }>(`SELECT id FROM "Course" WHERE slug = ${p(1)}`, [slug]));
  return rows[0]!.id;
}

/** A certificate number in the portal's form (JP-2026-XXXXX-XXXXX). */
export const certificateCode = () =>
  `JP-2026-${randomBytes(3).toString('hex').toUpperCase().slice(0, 5)}-${randomBytes(3).toString('hex').toUpperCase().slice(0, 5)}`;

/** The person completes the course now and gets its certificate. */
export async function insertCompletion(userId: string, slug: string, certificateNo = certificateCode()) {
  const course = await courseId(slug);
  await withDb(async (db) => {
    const [org] = await db.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE slug = ${p(1)}`, ['sjostad']);
    await db.query(
      `INSERT INTO "CourseCompletion" (id, "organisationId", "userId", "courseId", "completedAt", "certificateNo") VALUES (${[1, 2, 3, 4, 5, 6].map(p).join(', ')})`,
      [randomUUID(), org!.id, userId, course, dbDate(new Date()), certificateNo],
    );
  });
  return { certificateNo, courseId: course };
}

export async function insertAssignment(a: { userId: string; courseSlug: string; dueAt: Date }) {
  const [org] = await withDb((db) =>
    db.query<{ organisationId: string }>(`SELECT "organisationId" FROM "User" WHERE id = ${p(1)}`, [a.userId]),
  );
  const course = await courseId(a.courseSlug);
  await withDb((db) =>
    db.query(
      `INSERT INTO "Assignment" (id, "organisationId", "userId", "courseId", source, "dueAt", "createdAt") VALUES (${[1, 2, 3, 4, 5, 6, 7].map(p).join(', ')})`,
      [
        randomUUID(),
        org!.organisationId,
        a.userId,
        course,
        'MANAGER',
        dbDate(a.dueAt),
        dbDate(new Date(a.dueAt.getTime() - 30 * 86_400_000)),
      ],
    ),
  );
}
