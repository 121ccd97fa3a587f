// Competence plans' end-to-end fixtures: an administration of its own, and completions of a course.
import { randomBytes, randomUUID } from 'node:crypto';
import { isPostgres, withDb } from './db';
import { createPerson } from './fixtures';
import { courseId, dbDate } from './team-fixtures';

const p = (n: number) => (isPostgres ? `$${n}` : '?');

/** A new administration of its own with five women and five men: both are protection blocks. */
export async function createAdministration(tag: string) {
  const id = randomUUID();
  const name = `Planförvaltningen ${tag}`;
  await withDb(async (db) => {
    const [org] = await db.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE slug = ${p(1)}`, ['sjostad']);
    const now = dbDate(new Date());
    await db.query(
      `INSERT INTO "OrgUnit" (id, "organisationId", "parentId", name, path, depth, "createdAt", "updatedAt") VALUES (${[1, 2, 3, 4, 5, 6, 7, 8].map(p).join(', ')})`,
      [id, org!.id, null, name, `/${id}/`, 0, now, now],
    );
  });
  const people: { id: string; gender: string; organisationId?: string }[] = [];
  for (const [i, gender] of [
    'KVINNA',
    'KVINNA',
    'KVINNA',
    'KVINNA',
    'KVINNA',
    'MAN',
    'MAN',
    'MAN',
    'MAN',
    'MAN',
  ].entries()) {
    const person = await createPerson({ unit: name, name: `Plan ${gender} ${i} ${tag}` });
    await withDb((db) => db.query(`UPDATE "User" SET gender = ${p(1)} WHERE id = ${p(2)}`, [gender, person.id]));
    people.push({ id: person.id, gender });
  }
  return { id, name, people };
}

/** The people complete the course now. */
export async function complete(userIds: string[], slug: string) {
  const course = await courseId(slug);
  await withDb(async (db) => {
    const [org] = await db.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE slug = ${p(1)}`, ['sjostad']);
    for (const userId of userIds)
      await db.query(
        `INSERT INTO "CourseCompletion" (id, "organisationId", "userId", "courseId", "completedAt", "certificateNo") VALUES (${[1, 2, 3, 4, 5, 6].map(p).join(', ')})`,
        [randomUUID(), org!.id, userId, course, dbDate(new Date()), `E2E-${randomBytes(5).toString('hex')}`],
      );
  });
}
