// Who and what the scenarios use, read from the generated database: learners, the managers of the
// two departments, strategists, a published guidance page, lessons still to do, and afterwards
// the check of the write path.
import type { MigrationDriver } from '../lib/migrate/migrator';
import type { SessionPerson } from './sessions';
import type { Generated } from './generate';
import { unitNamePaths, type UnitNode } from '../lib/units/tree';
import { completingWrites, type CompletingWrite } from './after-write';

export type OrgFixtures = {
  manager: SessionPerson;
  teamSize: number;
  strategist: SessionPerson;
  administrationId: string;
};
export type Fixtures = {
  learners: SessionPerson[];
  guideSlug: string;
  large: OrgFixtures;
  small: OrgFixtures;
  /** The large municipality's administrator and its units' name paths, for the import scenario. */
  importer: { admin: SessionPerson; unitPaths: string[] };
  /** Writes that complete a course (issue 15's first view after a write), by people not in `learners`. */
  completing: { large: CompletingWrite[]; small: CompletingWrite[] };
  /** Lessons the learners have not done yet, each with its course. */
  todo: { person: SessionPerson; courseId: string; courseSlug: string; lessonId: string; lessonSlug: string }[];
};

const PERSON = `SELECT u.id, u.name, u.email, u.role, u.audience, u."organisationId", u."unitId", u."sessionVersion" FROM "User" u`;

async function one<T>(driver: MigrationDriver, sql: string, params: unknown[]): Promise<T> {
  const [row] = await driver.query<T>(sql, params);
  if (!row) throw new Error(`Hittade inget i bench-databasen för: ${sql}`);
  return row;
}

const p = (driver: MigrationDriver, n: number) => (driver.engine === 'sqlite' ? '?' : `$${n}`);

async function orgFixtures(driver: MigrationDriver, organisationId: string, teamUnitId: string): Promise<OrgFixtures> {
  const manager = await one<SessionPerson>(
    driver,
    `${PERSON} JOIN "UnitManager" m ON m."userId" = u.id WHERE m."unitId" = ${p(driver, 1)}`,
    [teamUnitId],
  );
  const team = await one<{ path: string }>(driver, `SELECT path FROM "OrgUnit" WHERE id = ${p(driver, 1)}`, [
    teamUnitId,
  ]);
  const size = await one<{ n: number | string }>(
    driver,
    `SELECT COUNT(*) AS n FROM "User" u JOIN "OrgUnit" o ON o.id = u."unitId" WHERE u.active = ${driver.engine === 'sqlite' ? 1 : 'true'} AND o.path LIKE ${p(driver, 1)}`,
    [`${team.path}%`],
  );
  const strategist = await one<SessionPerson>(
    driver,
    `${PERSON} WHERE u."organisationId" = ${p(driver, 1)} AND u.role = 'STRATEGIST' ORDER BY u.id LIMIT 1`,
    [organisationId],
  );
  const administration = await one<{ id: string }>(
    driver,
    `SELECT id FROM "OrgUnit" WHERE "organisationId" = ${p(driver, 1)} AND depth = 1 ORDER BY name LIMIT 1`,
    [organisationId],
  );
  return { manager, teamSize: Number(size.n), strategist, administrationId: administration.id };
}

export async function loadFixtures(
  driver: MigrationDriver,
  generated: Generated,
  learnerCount = 300,
): Promise<Fixtures> {
  const org = generated.large.organisationId;
  const learners = await driver.query<SessionPerson>(
    `${PERSON} WHERE u."organisationId" = ${p(driver, 1)} AND u.role = 'EMPLOYEE' AND u.audience = 'EMPLOYEE' AND u."unitId" IS NOT NULL ORDER BY u.id LIMIT ${learnerCount}`,
    [org],
  );
  const lessons = await driver.query<{ courseId: string; courseSlug: string; lessonId: string; lessonSlug: string }>(
    `SELECT c.id AS "courseId", c.slug AS "courseSlug", l.id AS "lessonId", l.slug AS "lessonSlug" FROM "Lesson" l JOIN "Course" c ON c.id = l."courseId" WHERE c.status = 'PUBLISHED' ORDER BY c.slug, l.position`,
    [],
  );
  const done = new Set<string>();
  const ids = learners.map((l) => l.id);
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    const list = batch.map((_, k) => p(driver, k + 1)).join(', ');
    for (const r of await driver.query<{ userId: string; lessonId: string }>(
      `SELECT "userId", "lessonId" FROM "LessonProgress" WHERE "userId" IN (${list})`,
      batch,
    ))
      done.add(`${r.userId}:${r.lessonId}`);
  }
  // Person by person, so consecutive requests come from different people.
  const todo: Fixtures['todo'] = [];
  for (const lesson of lessons)
    for (const person of learners) if (!done.has(`${person.id}:${lesson.lessonId}`)) todo.push({ person, ...lesson });
  const guide = await one<{ slug: string }>(
    driver,
    `SELECT slug FROM "GuidePage" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`,
    [],
  );
  return {
    learners,
    guideSlug: guide.slug,
    importer: await importer(driver, org),
    large: await orgFixtures(driver, org, generated.large.teamUnitId),
    small: await orgFixtures(driver, generated.small.organisationId, generated.small.teamUnitId),
    todo,
    completing: {
      large: await completingWrites(driver, org, new Set(ids)),
      small: await completingWrites(driver, generated.small.organisationId, new Set()),
    },
  };
}

async function importer(driver: MigrationDriver, organisationId: string): Promise<Fixtures['importer']> {
  const admin = await one<SessionPerson>(
    driver,
    `${PERSON} WHERE u."organisationId" = ${p(driver, 1)} AND u.role = 'ADMIN' ORDER BY u.id LIMIT 1`,
    [organisationId],
  );
  const units = await driver.query<UnitNode>(
    `SELECT id, "parentId", name, path, depth FROM "OrgUnit" WHERE "organisationId" = ${p(driver, 1)} ORDER BY path`,
    [organisationId],
  );
  const names = unitNamePaths(units.map((u) => ({ ...u, depth: Number(u.depth) })));
  return { admin, unitPaths: units.map((u) => names.get(u.id)!.join('/')) };
}

/** Every person+lesson pair may have one progress row at most; every answered pair must have one. */
export async function checkProgressRows(driver: MigrationDriver, answered: ReadonlySet<string>) {
  const duplicates = await one<{ n: number | string }>(
    driver,
    `SELECT COUNT(*) AS n FROM (SELECT "userId", "lessonId" FROM "LessonProgress" GROUP BY "userId", "lessonId" HAVING COUNT(*) > 1) d`,
    [],
  );
  let missing = 0;
  const pairs = [...answered].map((key) => key.split(':') as [string, string]);
  for (let i = 0; i < pairs.length; i += 400) {
    const batch = pairs.slice(i, i + 400);
    const where = batch
      .map((_, k) => `("userId" = ${p(driver, 2 * k + 1)} AND "lessonId" = ${p(driver, 2 * k + 2)})`)
      .join(' OR ');
    const found = await one<{ n: number | string }>(
      driver,
      `SELECT COUNT(*) AS n FROM "LessonProgress" WHERE ${where}`,
      batch.flat(),
    );
    missing += batch.length - Number(found.n);
  }
  return { pairs: answered.size, duplicates: Number(duplicates.n), missing };
}
