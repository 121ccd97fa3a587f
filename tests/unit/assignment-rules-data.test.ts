// Assignment rules against a real database: people present when a rule is made, people who join,
// move or change audience later (as the admin pages and the HR import will report them through
// applyRulesForPeople), idempotence, and removal that keeps everyone's progress.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, stockholmDay } from '@/lib/dates';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let rules: typeof import('@/lib/data/assignment-rules');
let edits: typeof import('@/lib/data/rule-edits');
let organisationId: string;
let courseId: string;
const today = stockholmDay(new Date());

beforeAll(async () => {
  s = await seededDb();
  rules = await import('@/lib/data/assignment-rules');
  edits = await import('@/lib/data/rule-edits');
  organisationId = (await s.db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' } })).id;
  courseId = (await s.db.course.findFirstOrThrow({ where: { slug: 'konsuppdelad-statistik' } })).id;
});
afterAll(() => s.close());

const unitId = async (name: string) => (await s.db.orgUnit.findFirstOrThrow({ where: { name, organisationId } })).id;
const newPerson = async (data: {
  name: string;
  unit?: string;
  audience?: 'EMPLOYEE' | 'MANAGER';
  joinedAt?: Date;
  active?: boolean;
}) =>
  (
    await s.db.user.create({
      data: {
        organisationId,
        name: data.name,
        email: `${data.name.toLowerCase().replace(/\W+/g, '.')}@sjostad.se`,
        unitId: data.unit ? await unitId(data.unit) : null,
        audience: data.audience ?? 'EMPLOYEE',
        joinedAt: data.joinedAt,
        active: data.active ?? true,
      },
      select: { id: true },
    })
  ).id;
const assignment = (userId: string, course = courseId) =>
  s.db.assignment.findUnique({ where: { userId_courseId: { userId, courseId: course } } });
const apply = (ids: string[]) => s.db.$transaction((tx) => rules.applyRulesForPeople(tx, organisationId, ids));
const item = (id = courseId) => ({ kind: 'course' as const, id });

describe(`assignment rules (${engine})`, () => {
  let solrosenRule: string;

  it('a manager’s unit rule reaches the people there now, as RULE assignments due N days from today', async () => {
    const chef = await s.viewer('chef@sjostad.se');
    const result = await edits.createRule(chef, {
      item: item(),
      unitId: await unitId('Förskolan Solrosen'),
      includeSubunits: true,
      dueDays: 30,
    });
    solrosenRule = result.ruleId;
    const present = await s.db.user.count({ where: { active: true, unit: { name: 'Förskolan Solrosen' } } });
    expect(result.assigned).toBe(present);
    const moa = await s.db.user.findUniqueOrThrow({ where: { email: 'medarbetare@sjostad.se' } });
    const row = (await assignment(moa.id))!;
    expect(row).toMatchObject({ source: 'RULE', ruleId: solrosenRule, assignedById: null });
    expect(stockholmDay(row.dueAt!)).toBe(addDays(today, 30));
    expect(await s.db.outboxMail.count({ where: { to: 'medarbetare@sjostad.se', kind: 'assigned' } })).toBe(1);
  });

  it('a new person who joins the unit gets the course, due N days after their start date', async () => {
    const start = new Date(`${addDays(today, 10)}T07:00:00Z`);
    const id = await newPerson({ name: 'Nina Nyanställd', unit: 'Förskolan Solrosen', joinedAt: start });
    expect(await assignment(id)).toBeNull();
    expect((await apply([id])).assigned).toBe(1);
    expect(stockholmDay((await assignment(id))!.dueAt!)).toBe(addDays(today, 40));
  });

  it('applying again duplicates nothing and sends no second mail', async () => {
    const { id } = await s.db.user.findFirstOrThrow({ where: { name: 'Nina Nyanställd' } });
    const before = { a: await s.db.assignment.count(), m: await s.db.outboxMail.count() };
    expect(await apply([id])).toMatchObject({ assigned: 0, created: 0 });
    expect({ a: await s.db.assignment.count(), m: await s.db.outboxMail.count() }).toEqual(before);
  });

  it('someone moved into the unit gets it; someone moved out keeps what they have', async () => {
    const id = await newPerson({ name: 'Frida Flyttar', unit: 'Grundskola' });
    expect((await apply([id])).assigned).toBe(0);
    await s.db.user.update({ where: { id }, data: { unitId: await unitId('Förskolan Solrosen') } });
    expect((await apply([id])).assigned).toBe(1);
    await s.db.user.update({ where: { id }, data: { unitId: await unitId('Hemtjänst') } });
    await apply([id]);
    expect(await assignment(id)).not.toBeNull();
  });

  it('an audience change brings an organisation-wide audience rule (strategist), and the earliest due date wins', async () => {
    const strateg = await s.viewer('strateg@sjostad.se');
    const chefensRoll = (await s.db.course.findFirstOrThrow({ where: { slug: 'chefens-roll' } })).id;
    await edits.createRule(strateg, {
      item: item(chefensRoll),
      audience: 'MANAGER',
      includeSubunits: false,
      dueDays: 60,
    });
    const id = await newPerson({ name: 'Bo Blivande', unit: 'Hemtjänst' });
    await s.db.assignment.create({
      data: {
        organisationId,
        userId: id,
        courseId: chefensRoll,
        source: 'SELF',
        dueAt: new Date(`${addDays(today, 200)}T12:00:00Z`),
      },
    });
    expect((await apply([id])).movedEarlier).toBe(0);
    await s.db.user.update({ where: { id }, data: { audience: 'MANAGER' } });
    expect((await apply([id])).movedEarlier).toBe(1);
    const row = (await assignment(id, chefensRoll))!;
    expect(stockholmDay(row.dueAt!)).toBe(addDays(today, 60));
    expect(row.source).toBe('SELF');
  });

  it('never reaches a deactivated person', async () => {
    const id = await newPerson({ name: 'Ingen Aktiv', unit: 'Förskolan Solrosen', active: false });
    expect((await apply([id])).assigned).toBe(0);
    expect(await assignment(id)).toBeNull();
  });

  it('a manager may not make a rule outside their units, nor one for the whole organisation', async () => {
    const chef = await s.viewer('chef@sjostad.se');
    const before = await s.db.assignmentRule.count();
    await expect(
      edits.createRule(chef, { item: item(), unitId: await unitId('Hemtjänst'), includeSubunits: true, dueDays: 10 }),
    ).rejects.toThrow('hör inte till dina enheter');
    await expect(
      edits.createRule(chef, { item: item(), audience: 'EMPLOYEE', includeSubunits: false, dueDays: 10 }),
    ).rejects.toThrow('Bara strateger och administratörer');
    const norrUnit = (await s.db.orgUnit.findFirstOrThrow({ where: { name: 'Vårdcentralen Norr' } })).id;
    const strateg = await s.viewer('strateg@sjostad.se');
    await expect(
      edits.createRule(strateg, { item: item(), unitId: norrUnit, includeSubunits: true, dueDays: 10 }),
    ).rejects.toThrow('hör inte till dina enheter');
    await expect(
      edits.createRule(chef, {
        item: item('finns-inte'),
        unitId: await unitId('Förskola'),
        includeSubunits: true,
        dueDays: 10,
      }),
    ).rejects.toThrow('Kursen finns inte');
    expect(await s.db.assignmentRule.count()).toBe(before);
  });

  it('removing a rule stops it for newcomers and keeps every assignment and all progress', async () => {
    const chef = await s.viewer('chef@sjostad.se');
    const moa = await s.db.user.findUniqueOrThrow({ where: { email: 'medarbetare@sjostad.se' } });
    const lesson = await s.db.lesson.findFirstOrThrow({ where: { courseId } });
    await s.db.lessonProgress.create({ data: { organisationId, userId: moa.id, lessonId: lesson.id } });
    const other = await s.viewer('chef.omsorg@sjostad.se');
    await expect(edits.removeRule(other, solrosenRule)).rejects.toThrow('Regeln finns inte');
    await edits.removeRule(chef, solrosenRule);
    expect(await assignment(moa.id)).not.toBeNull();
    expect(await s.db.lessonProgress.count({ where: { userId: moa.id, lessonId: lesson.id } })).toBe(1);
    const late = await newPerson({ name: 'Sen Ankomst', unit: 'Förskolan Solrosen' });
    expect((await apply([late])).assigned).toBe(0);
  });
});
