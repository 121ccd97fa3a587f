// Demo progress, so that the team view, the statistics and the checklist's training figures show
// something to look at: the demo municipality's staff have been assigned the course on
// stereotypes, and some of them have finished it. Only the generated staff get progress; the
// named demo accounts (the ones you sign in as) start with a clean slate. Runs once: an
// organisation that already has assignments is left alone.
import { addDays, endOfStockholmDay, stockholmDay } from '../../lib/dates';
import type { Db } from '../../lib/db-factory';

const COURSE = 'konsstereotyper';
const DAY = 24 * 60 * 60 * 1000;

/** Share of each administration's staff (in tenths) who have finished, by gender: the numbers differ on purpose, so a gender analysis has something to find. */
const finishedTenths: Record<string, { KVINNA: number; MAN: number; other: number }> = {
  Kommunledningsförvaltningen: { KVINNA: 8, MAN: 6, other: 5 },
  Utbildningsförvaltningen: { KVINNA: 6, MAN: 4, other: 5 },
  'Vård- och omsorgsförvaltningen': { KVINNA: 5, MAN: 2, other: 5 },
};

export async function seedDemoProgress(db: Db, organisationId: string, now = new Date()) {
  if ((await db.assignment.count({ where: { organisationId } })) > 0) return { assigned: 0, completed: 0 };
  const course = await db.course.findUnique({
    where: { organisationId_slug: { organisationId, slug: COURSE } },
    select: { id: true, lessons: { where: { removedAt: null }, select: { id: true }, orderBy: { position: 'asc' } } },
  });
  if (!course) return { assigned: 0, completed: 0 };

  const staff = await db.user.findMany({
    where: {
      organisationId,
      active: true,
      role: 'EMPLOYEE',
      audience: 'EMPLOYEE',
      passwordHash: null,
      unitId: { not: null },
    },
    select: { id: true, gender: true, unit: { select: { path: true } } },
    orderBy: { email: 'asc' },
  });
  const units = new Map(
    (await db.orgUnit.findMany({ where: { organisationId, depth: 0 }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );

  // Assigned a year and a half ago, and finished over the months since, so the statistics' trend
  // per quarter has something to show.
  const assignedAt = new Date(now.getTime() - 540 * DAY);
  const seen = new Map<string, number>();
  const assignments = [];
  const lessonRows = [];
  const completions = [];
  for (const person of staff) {
    const administration = units.get(person.unit!.path.split('/').filter(Boolean)[0]!) ?? '';
    const group = person.gender === 'KVINNA' || person.gender === 'MAN' ? person.gender : 'other';
    const key = `${administration}:${group}`;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    // Care staff were given a deadline that has passed; the others still have time.
    const dueAt = endOfStockholmDay(
      addDays(stockholmDay(now), administration === 'Vård- och omsorgsförvaltningen' ? -10 : 30),
    );
    assignments.push({
      organisationId,
      userId: person.id,
      courseId: course.id,
      source: 'MANAGER' as const,
      dueAt,
      createdAt: assignedAt,
    });
    const tenths = finishedTenths[administration]?.[group] ?? 5;
    // Spread the finishers evenly through each group: person i finishes when the running share steps up.
    if (Math.floor(((index + 1) * tenths) / 10) === Math.floor((index * tenths) / 10)) continue;
    const completedAt = new Date(assignedAt.getTime() + (7 + ((index * 47) % 500)) * DAY);
    lessonRows.push(
      ...course.lessons.map((lesson) => ({ organisationId, userId: person.id, lessonId: lesson.id, completedAt })),
    );
    completions.push({
      organisationId,
      userId: person.id,
      courseId: course.id,
      completedAt,
      certificateNo: `JP-DEMO-${String(completions.length + 1).padStart(4, '0')}`,
    });
  }
  await db.$transaction([
    db.assignment.createMany({ data: assignments }),
    db.lessonProgress.createMany({ data: lessonRows }),
    db.courseCompletion.createMany({ data: completions }),
  ]);
  const completed = completions.length;
  return { assigned: staff.length, completed };
}
