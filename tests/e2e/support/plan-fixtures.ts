// Competence plans' end-to-end fixtures: an administration of its own, and completions of a course.
import { randomBytes, randomUUID } from 'node:crypto';
import { isPostgres, withDb } from './db';
import { courseId, createStaff, createTopUnit, dbDate } from './team-fixtures';

const p = (n: number) => (isPostgres ? `$${n}` : '?');

/** A new administration of its own with five women and five men: both are protection blocks. */
export async function createAdministration(tag: string) {
  const { id, name } = await createTopUnit(`Planförvaltningen ${tag}`);
  const people = await createStaff({ unit: name, women: 5, men: 5, name: (gender, i) => `Plan ${gender} ${i} ${tag}` });
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
