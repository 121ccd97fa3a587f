// The checklist's data layer against a real database (the suite's engine): the grouped training
// query with suppression, who may change which item, bad input refused with nothing written,
// and concurrent saves of one item (the second is told; nothing is lost or half-written).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTempDb, engine, type TempDb } from '../support/test-db';

let temp: TempDb;
let db: import('@/lib/db').Db;
let items: typeof import('@/lib/data/checklist-items');
let training: typeof import('@/lib/data/checklist-training');
type Editor = { id: string; organisationId: string; role: 'EMPLOYEE' | 'MANAGER' | 'STRATEGIST' | 'ADMIN' };
const people: Record<string, Editor> = {};
let checklistId: string;
let norrvikChecklistId: string;

const update = (overrides: Record<string, unknown> = {}) => ({
  checklistId,
  itemKey: 'a1-handlingsplan',
  version: 0,
  status: 'IN_PROGRESS' as const,
  reason: '',
  responsibleId: '',
  dueAt: '',
  evidenceText: '',
  evidenceLinks: [] as string[],
  ...overrides,
});
const written = async () => ({
  rows: await db.checklistItemStatus.count(),
  events: await db.checklistItemEvent.count(),
  audits: await db.auditEvent.count({ where: { action: 'checklist.item.updated' } }),
});

beforeAll(async () => {
  temp = await createTempDb();
  vi.resetModules();
  vi.stubEnv('DATABASE_URL', temp.url);
  const { runMigrations } = await import('@/scripts/migrate');
  await runMigrations({ url: temp.url });
  const seedDb = (await import('@/lib/db-factory')).createDb(temp.url);
  const { seedOrganisation } = await import('@/prisma/seed');
  const { demoOrganisation, otherOrganisation } = await import('@/prisma/seed/demo-org');
  const { organisationId } = await seedOrganisation(seedDb, demoOrganisation, 'x');
  await seedOrganisation(seedDb, otherOrganisation, 'x');
  await (await import('@/prisma/seed/learning')).seedLearning(seedDb, organisationId);
  await (await import('@/prisma/seed/checklists')).seedChecklists(seedDb, organisationId);
  await seedDb.$disconnect();
  db = (await import('@/lib/db')).db;
  items = await import('@/lib/data/checklist-items');
  training = await import('@/lib/data/checklist-training');
  for (const [key, email] of Object.entries({
    strateg: 'strateg@sjostad.se',
    chef: 'chef@sjostad.se',
    medarbetare: 'medarbetare@sjostad.se',
    norrvik: 'admin@norrvik.se',
    other: 'chef.omsorg@sjostad.se',
  })) {
    people[key] = (await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, organisationId: true, role: true },
    })) as Editor;
  }
  checklistId = (
    await db.orgChecklist.findFirstOrThrow({
      where: { organisationId: people.strateg!.organisationId },
      select: { id: true },
    })
  ).id;
  norrvikChecklistId = (
    await db.orgChecklist.findFirstOrThrow({
      where: { organisationId: people.norrvik!.organisationId },
      select: { id: true },
    })
  ).id;
});

afterAll(async () => {
  await db?.$disconnect();
  await temp.drop();
  vi.unstubAllEnvs();
});

describe(`linked training figures (${engine})`, () => {
  it('counts active staff by gender, completion of ALL linked courses, politicians apart', async () => {
    const orgId = people.strateg!.organisationId;
    const courses = await db.course.findMany({
      where: { slug: { in: ['konsstereotyper', 'chefens-roll'] } },
      select: { id: true, slug: true },
    });
    const id = (slug: string) => courses.find((c) => c.slug === slug)!.id;
    const staff = await db.user.findMany({
      where: { organisationId: orgId, active: true, unitId: { not: null }, audience: { not: 'POLITICIAN' } },
      orderBy: { email: 'asc' },
      select: { id: true, gender: true },
    });
    const women = staff.filter((p) => p.gender === 'KVINNA');
    const men = staff.filter((p) => p.gender === 'MAN');
    const complete = async (userId: string, courseId: string) =>
      db.courseCompletion.create({
        data: { userId, courseId, organisationId: orgId, certificateNo: `T-${userId}-${courseId}` },
      });
    // 10 women and 5 men have both courses; 5 more women only one of them.
    for (const p of [...women.slice(0, 10), ...men.slice(0, 5)]) {
      await complete(p.id, id('konsstereotyper'));
      await complete(p.id, id('chefens-roll'));
    }
    for (const p of women.slice(10, 15)) await complete(p.id, id('konsstereotyper'));
    const inactive = await db.user.findUniqueOrThrow({
      where: { email: 'tomas.tidigare@sjostad.se' },
      select: { id: true },
    });
    await complete(inactive.id, id('konsstereotyper'));

    const both = (await training.getLinkedTraining(orgId, 'chefens-roll,konsstereotyper'))!;
    expect(both.courses.map((c) => c.slug)).toEqual(['chefens-roll', 'konsstereotyper']);
    expect(both.figures.total).toEqual({
      suppressed: false,
      total: staff.length,
      completed: 15,
      percent: Math.round((15 / staff.length) * 100),
    });
    expect(both.figures.groups.KVINNA).toMatchObject({ suppressed: false, total: women.length, completed: 10 });
    // "Other or not stated" is under five, so men are hidden too (else total − women − men reveals it).
    expect(both.figures.groups.OTHER).toEqual({ suppressed: true });
    expect(both.figures.groups.MAN).toEqual({ suppressed: true });
    expect(both.figures.politicians).toEqual({ suppressed: true });

    const one = (await training.getLinkedTraining(orgId, 'konsstereotyper'))!;
    expect(one.figures.total).toMatchObject({ completed: 20 });
    expect(one.figures.groups.KVINNA).toMatchObject({ completed: 15 });
  });

  it('counts nobody as done when a linked course no longer exists', async () => {
    const f = (await training.getLinkedTraining(people.strateg!.organisationId, 'konsstereotyper,finns-inte'))!;
    expect(f.figures.total).toMatchObject({ suppressed: false, completed: 0 });
    expect(f.courses[1]!.title).toContain('finns inte längre');
  });
});

describe(`changing an item (${engine})`, () => {
  it('saves, keeps the history and the audit, and bumps the version', async () => {
    const result = await items.updateChecklistItem(
      people.strateg!,
      update({
        responsibleId: people.chef!.id,
        dueAt: '2027-01-31',
        evidenceText: 'Beslut',
        evidenceLinks: ['https://sjostad.se/a'],
      }),
    );
    expect(result).toEqual({ saved: true, version: 1 });
    const history = await items.getItemHistory(checklistId, 'a1-handlingsplan');
    expect(history[0]!.lines).toContain('Ansvarig: ingen → Cecilia Chef');
    expect(await db.auditEvent.count({ where: { action: 'checklist.item.updated' } })).toBe(1);
    expect(
      await items.updateChecklistItem(
        people.strateg!,
        update({
          version: 1,
          responsibleId: people.chef!.id,
          dueAt: '2027-01-31',
          evidenceText: 'Beslut',
          evidenceLinks: ['https://sjostad.se/a'],
        }),
      ),
    ).toEqual({ saved: false, version: 1 });
  });

  it('refuses a stale version and writes nothing', async () => {
    const before = await written();
    await expect(items.updateChecklistItem(people.strateg!, update({ version: 0, status: 'DONE' }))).rejects.toThrow(
      'Någon annan har sparat ändringar',
    );
    expect(await written()).toEqual(before);
  });

  it('lets exactly one of two simultaneous saves through', async () => {
    const before = await written();
    const results = await Promise.allSettled([
      items.updateChecklistItem(people.strateg!, update({ itemKey: 'a2-forebilder', status: 'DONE' })),
      items.updateChecklistItem(people.strateg!, update({ itemKey: 'a2-forebilder', status: 'IN_PROGRESS' })),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(String((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason)).toContain(
      'Någon annan har sparat ändringar',
    );
    const after = await written();
    expect(after.rows - before.rows).toBe(1);
    expect(after.events - before.events).toBe(1);
  });

  it.each([
    [
      'a responsible person from another organisation',
      () => update({ itemKey: 'a1-beslutsunderlag', responsibleId: people.norrvik!.id }),
      'aktiv användare i er organisation',
    ],
    [
      'a deactivated responsible person',
      async () =>
        update({
          itemKey: 'a1-beslutsunderlag',
          responsibleId: (await db.user.findUniqueOrThrow({ where: { email: 'tomas.tidigare@sjostad.se' } })).id,
        }),
      'aktiv användare i er organisation',
    ],
    [
      'an item key from another template',
      () => update({ itemKey: 'a7-finns-inte' }),
      'Punkten finns inte i den här checklistans mall.',
    ],
    [
      'a section key instead of an item key',
      () => update({ itemKey: 'a1' }),
      'Punkten finns inte i den här checklistans mall.',
    ],
    ['another organisation’s checklist', () => update({ checklistId: norrvikChecklistId }), 'Checklistan finns inte.'],
  ])('refuses %s and writes nothing', async (_label, input, message) => {
    const before = await written();
    await expect(items.updateChecklistItem(people.strateg!, await input())).rejects.toThrow(message);
    expect(await written()).toEqual(before);
  });
});

describe(`who may change what (${engine})`, () => {
  it('lets the responsible manager change their item but not hand it over', async () => {
    const chef = people.chef!;
    const current = await items.currentItemVersion(checklistId, 'a1-handlingsplan');
    expect(
      await items.updateChecklistItem(
        chef,
        update({
          version: current,
          status: 'DONE',
          responsibleId: chef.id,
          dueAt: '2027-01-31',
          evidenceText: 'Klart',
          evidenceLinks: ['https://sjostad.se/a'],
        }),
      ),
    ).toMatchObject({ saved: true });
    await expect(
      items.updateChecklistItem(chef, update({ version: current + 1, responsibleId: people.strateg!.id })),
    ).rejects.toThrow('Bara strateger och administratörer kan byta ansvarig');
  });

  it('refuses a manager on an item they are not responsible for, and an employee anywhere', async () => {
    await expect(items.updateChecklistItem(people.chef!, update({ itemKey: 'a4-samverkan' }))).rejects.toThrow(
      'Du kan bara ändra punkter där du är ansvarig.',
    );
    await expect(
      items.updateChecklistItem(
        people.other!,
        update({ version: 2, status: 'NOT_STARTED', responsibleId: people.chef!.id }),
      ),
    ).rejects.toThrow('Du kan bara ändra punkter där du är ansvarig.');
    await expect(items.updateChecklistItem(people.medarbetare!, update({ itemKey: 'a4-samverkan' }))).rejects.toThrow(
      'Du kan bara ändra punkter där du är ansvarig.',
    );
    await expect(
      items.addChecklistComment(people.medarbetare!, { checklistId, itemKey: 'a4-samverkan', text: 'Hej' }),
    ).rejects.toThrow('Du kan bara kommentera');
  });

  it('keeps comments of those who may change the item', async () => {
    await items.addChecklistComment(people.chef!, {
      checklistId,
      itemKey: 'a1-handlingsplan',
      text: 'Beslutet tas i mars.',
    });
    expect((await items.getItemComments(checklistId, 'a1-handlingsplan')).map((c) => [c.who, c.text])).toEqual([
      ['Cecilia Chef', 'Beslutet tas i mars.'],
    ]);
  });
});

describe(`opening checklists (${engine})`, () => {
  it('opens one per administration, once, and only for the organisation’s own administrations', async () => {
    const { openChecklist, listOrgChecklists } = await import('@/lib/data/checklists');
    const strateg = people.strateg!;
    const template = await db.checklistTemplate.findFirstOrThrow({ select: { id: true } });
    const unit = await db.orgUnit.findFirstOrThrow({
      where: { organisationId: strateg.organisationId, name: 'Utbildningsförvaltningen' },
      select: { id: true },
    });
    const norrvikUnit = await db.orgUnit.findFirstOrThrow({
      where: { organisationId: people.norrvik!.organisationId, parentId: null },
      select: { id: true },
    });
    await openChecklist(strateg, { templateId: template.id, unitId: unit.id });
    await expect(openChecklist(strateg, { templateId: template.id, unitId: unit.id })).rejects.toThrow(
      'Den checklistan finns redan.',
    );
    await expect(openChecklist(strateg, { templateId: template.id, unitId: null })).rejects.toThrow(
      'Den checklistan finns redan.',
    );
    await expect(openChecklist(strateg, { templateId: template.id, unitId: norrvikUnit.id })).rejects.toThrow(
      'Välj en förvaltning i er organisation.',
    );
    const lists = await listOrgChecklists(strateg.organisationId);
    expect(lists.map((l) => l.unitName)).toEqual([null, 'Utbildningsförvaltningen']);
    expect(lists[1]!.title).toMatch(/– Utbildningsförvaltningen$/);
  });
});

describe(`template revisions (${engine})`, () => {
  it('saves a new revision, refuses a stale one, publishes and restores', async () => {
    const edits = await import('@/lib/data/checklist-template-edits');
    const { upsertItem } = await import('@/lib/checklist/template-edit');
    const template = await db.checklistTemplate.findFirstOrThrow({ select: { id: true, version: true } });
    const strateg = people.strateg!;
    const retitle = (title: string) => (t: import('@/lib/validation/checklist').TemplateSnapshot) =>
      upsertItem(t, { sectionKey: 'a4', originalKey: 'a4-utvardering', item: { ...t.sections[3]!.items[4]!, title } });
    expect(
      await edits.saveTemplateRevision({
        editor: strateg,
        templateId: template.id,
        version: template.version,
        note: 'Ny rubrik',
        change: retitle('Kampanjerna följs upp'),
      }),
    ).toEqual({ saved: true, number: 2 });
    await expect(
      edits.saveTemplateRevision({
        editor: strateg,
        templateId: template.id,
        version: template.version,
        note: '',
        change: retitle('X'),
      }),
    ).rejects.toThrow('Någon annan har ändrat mallen');
    await expect(
      edits.saveTemplateRevision({
        editor: people.norrvik!,
        templateId: template.id,
        version: template.version + 1,
        note: '',
        change: retitle('X'),
      }),
    ).rejects.toThrow('Mallen finns inte.');
    await edits.publishTemplateRevision({
      editor: strateg,
      templateId: template.id,
      version: template.version + 1,
      number: 2,
    });
    const { getPublishedTemplate } = await import('@/lib/data/checklist-templates');
    expect((await getPublishedTemplate(template.id))!.sections[3]!.items[4]!.title).toBe('Kampanjerna följs upp');
    expect(
      await edits.restoreTemplateRevision({
        editor: strateg,
        templateId: template.id,
        version: template.version + 1,
        number: 1,
      }),
    ).toEqual({ saved: true, number: 3 });
    expect(
      await db.checklistTemplateRevision.findFirst({ where: { number: 3 }, select: { note: true, published: true } }),
    ).toEqual({ note: 'Återställd från version 1', published: false });
  });
});
