// Scoped reads against a real database: an id from another organisation reads as nothing, and a
// viewer whose unit paths point into another organisation (a forged or stale scope) still reaches
// nobody there, because the organisation is part of every `where` the permission home builds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let sjostad: Awaited<ReturnType<Seeded['viewer']>>;
let norrvik: Awaited<ReturnType<Seeded['viewer']>>;
let checklistId: string;
let rootPath: string;
const itemKey = 'a1-handlingsplan';

beforeAll(async () => {
  s = await seededDb();
  sjostad = await s.viewer('strateg@sjostad.se');
  norrvik = await s.viewer('admin@norrvik.se');
  await (await import('@/prisma/seed/checklists')).seedChecklists(s.db, sjostad.organisationId);
  checklistId = (await s.db.orgChecklist.findFirstOrThrow({ where: { organisationId: sjostad.organisationId } })).id;
  rootPath = (await s.db.orgUnit.findFirstOrThrow({ where: { organisationId: sjostad.organisationId, depth: 0 } }))
    .path;
});
afterAll(() => s.close());

describe(`checklist item reads (${engine})`, () => {
  it('show an item’s version, history and comments only inside its organisation', async () => {
    const items = await import('@/lib/data/checklist-items');
    const reads = await import('@/lib/data/checklist-item-history');
    const update = { checklistId, itemKey, version: 0, status: 'IN_PROGRESS' as const, reason: '' };
    await items.updateChecklistItem(sjostad, {
      ...update,
      responsibleId: '',
      dueAt: '',
      evidenceText: '',
      evidenceLinks: [],
    });
    await items.addChecklistComment(sjostad, { checklistId, itemKey, text: 'Klart i mars.' });
    const ref = { checklistId, itemKey };

    expect(await reads.currentItemVersion(sjostad, ref)).toBe(1);
    expect(await reads.getItemHistory(sjostad, ref)).toHaveLength(1);
    expect(await reads.getItemComments(sjostad, ref)).toHaveLength(1);

    expect(await reads.currentItemVersion(norrvik, ref)).toBe(0);
    expect(await reads.getItemHistory(norrvik, ref)).toEqual([]);
    expect(await reads.getItemComments(norrvik, ref)).toEqual([]);
    await expect(
      items.addChecklistComment(norrvik, { checklistId, itemKey, text: 'Från fel organisation' }),
    ).rejects.toThrow('Checklistan finns inte.');
  });
});

describe(`people and units (${engine})`, () => {
  it('a person of another organisation is not found, even for an administrator', async () => {
    const { getPersonForViewer } = await import('@/lib/data/people');
    const chef = await s.db.user.findUniqueOrThrow({ where: { email: 'chef@sjostad.se' }, select: { id: true } });
    await expect(getPersonForViewer(await s.viewer('admin@sjostad.se'), chef.id)).resolves.toMatchObject({
      name: 'Cecilia Chef',
    });
    await expect(getPersonForViewer(norrvik, chef.id)).rejects.toThrow('Personen finns inte');
  });

  it('unit paths of another organisation reach none of its people or units', async () => {
    const { listTeam } = await import('@/lib/data/people');
    const { listScopeUnits } = await import('@/lib/data/scope-units');
    const insider = { ...sjostad, managedUnitPaths: [rootPath] };
    const forged = { ...norrvik, managedUnitPaths: [rootPath] };
    expect((await listTeam(insider)).length).toBeGreaterThan(0);
    expect((await listScopeUnits(insider)).length).toBeGreaterThan(0);
    expect(await listTeam(forged)).toEqual([]);
    expect(await listScopeUnits(forged)).toEqual([]);
  });
});

describe(`assignment rules (${engine})`, () => {
  it('a rule of another organisation is neither listed nor removable', async () => {
    const rules = await import('@/lib/data/rule-edits');
    const { listRules } = await import('@/lib/data/rule-list');
    const course = await s.db.course.findFirstOrThrow({ where: { status: 'PUBLISHED' }, select: { id: true } });
    const input = { item: { kind: 'course' as const, id: course.id }, audience: 'EMPLOYEE' as const, dueDays: 30 };
    const { ruleId } = await rules.createRule(sjostad, { ...input, includeSubunits: false });
    expect((await listRules(sjostad)).map((r) => r.id)).toContain(ruleId);
    expect((await listRules(norrvik)).map((r) => r.id)).not.toContain(ruleId);
    await expect(rules.removeRule(norrvik, ruleId)).rejects.toThrow('Regeln finns inte');
    expect(await s.db.assignmentRule.count({ where: { id: ruleId, removedAt: null } })).toBe(1);
  });
});
