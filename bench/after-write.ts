// "First view after a write" (issue 15): a learner completes the last lesson of a course (a write
// that changes the statistics, so the server forgets the organisation's remembered figures), then
// the statistics view is read and timed. One after the other, so every timed view is the first
// after a write. The writes are found in the generated data: a person with every lesson of a
// course but one done, and no completion of it.
import type { MigrationDriver } from '../lib/migrate/migrator';
import { actionBody, completeLessonActionId } from './lesson-action';
import type { BenchRequest, Measurement } from './load';
import type { SessionPerson } from './sessions';
import { percentile } from './stats';

export type CompletingWrite = {
  person: SessionPerson;
  courseId: string;
  courseSlug: string;
  lessonId: string;
  lessonSlug: string;
};

const PERSON = `SELECT u.id, u.name, u.email, u.role, u.audience, u."organisationId", u."unitId", u."sessionVersion" FROM "User" u`;

/** Up to `limit` writes in the organisation that each complete a course, by people not in `skip`. */
export async function completingWrites(
  driver: MigrationDriver,
  organisationId: string,
  skip: ReadonlySet<string>,
  limit = 300,
): Promise<CompletingWrite[]> {
  const p = (n: number) => (driver.engine === 'sqlite' ? '?' : `$${n}`);
  const missing = await driver.query<{ userId: string; courseId: string; lessonId: string }>(
    `SELECT u.id AS "userId", l."courseId" AS "courseId", MIN(l.id) AS "lessonId"
     FROM "User" u
     JOIN "Assignment" a ON a."userId" = u.id
     JOIN "Lesson" l ON l."courseId" = a."courseId"
     LEFT JOIN "LessonProgress" lp ON lp."userId" = u.id AND lp."lessonId" = l.id
     LEFT JOIN "CourseCompletion" cc ON cc."userId" = u.id AND cc."courseId" = l."courseId"
     WHERE u."organisationId" = ${p(1)} AND u.role = 'EMPLOYEE' AND cc."userId" IS NULL
     GROUP BY u.id, l."courseId"
     HAVING SUM(CASE WHEN lp."userId" IS NULL THEN 1 ELSE 0 END) = 1
     ORDER BY u.id LIMIT ${limit * 2}`,
    [organisationId],
  );
  const lessons = new Map(
    (
      await driver.query<{ id: string; slug: string; courseSlug: string }>(
        `SELECT l.id, l.slug, c.slug AS "courseSlug" FROM "Lesson" l JOIN "Course" c ON c.id = l."courseId"`,
        [],
      )
    ).map((l) => [l.id, l]),
  );
  const writes: CompletingWrite[] = [];
  const used = new Set<string>();
  for (const m of missing) {
    if (skip.has(m.userId) || used.has(m.userId) || writes.length >= limit) continue;
    const [person] = await driver.query<SessionPerson>(`${PERSON} WHERE u.id = ${p(1)}`, [m.userId]);
    // The missing lesson: the one of the course this person has not done.
    const [open] = await driver.query<{ id: string }>(
      `SELECT l.id FROM "Lesson" l LEFT JOIN "LessonProgress" lp ON lp."lessonId" = l.id AND lp."userId" = ${p(1)}
       WHERE l."courseId" = ${p(2)} AND lp."userId" IS NULL`,
      [m.userId, m.courseId],
    );
    const lesson = open && lessons.get(open.id);
    if (!person || !lesson) continue;
    used.add(m.userId);
    writes.push({
      person,
      courseId: m.courseId,
      courseSlug: lesson.courseSlug,
      lessonId: lesson.id,
      lessonSlug: lesson.slug,
    });
  }
  return writes;
}

const WARM_UP_PAIRS = 5;

/** Write, then read and time the view; for `seconds`, or until the writes run out. */
export async function viewsAfterWrites(o: {
  origin: string;
  seconds: number;
  writes: readonly CompletingWrite[];
  view: BenchRequest;
  marker: string;
  cookieOf: (person: SessionPerson) => Promise<string>;
}): Promise<Measurement> {
  const actionId = completeLessonActionId();
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + o.seconds * 1000;
  // Like every other scenario, timed after a few warm-up pairs (the first patch of a kind runs cold).
  let warmUp = WARM_UP_PAIRS;
  for (const w of o.writes) {
    if (performance.now() > end) break;
    const { body, contentType } = await actionBody({
      courseId: w.courseId,
      lessonId: w.lessonId,
      courseSlug: w.courseSlug,
      lessonSlug: w.lessonSlug,
    });
    const write = await fetch(`${o.origin}/kurser/${w.courseSlug}/${w.lessonSlug}`, {
      method: 'POST',
      headers: {
        cookie: await o.cookieOf(w.person),
        'next-action': actionId,
        'content-type': contentType,
        origin: o.origin,
        accept: 'text/x-component',
      },
      body,
    });
    if (!(await write.text()).includes('"status":"success"')) {
      errors += 1;
      continue;
    }
    const started = performance.now();
    const res = await fetch(o.origin + o.view.path, { headers: o.view.headers, redirect: 'manual' });
    const text = await res.text();
    if (warmUp > 0) {
      warmUp -= 1;
      if (res.status !== 200 || !text.includes(o.marker)) errors += 1;
      continue;
    }
    latencies.push(performance.now() - started);
    if (res.status !== 200 || !text.includes(o.marker)) errors += 1;
  }
  latencies.sort((a, b) => a - b);
  return {
    connections: 1,
    seconds: o.seconds,
    requests: latencies.length,
    errors: errors + (latencies.length < 10 ? 1 : 0),
    rps: 0,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statusCodes: {},
  };
}
