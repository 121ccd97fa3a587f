// The checklist's items against a real database (the suite's engine): who may change which item,
// bad input refused with nothing written, and concurrent saves of one item (the second is told;
// nothing is lost or half-written). The training figures and the templates have files of their own
// (checklist-training-data, checklist-templates-data).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistDb, type Editor } from '../support/checklist-db';
import type { Seeded } from '../support/seeded-db';
import { engine } from '../support/test-db';

let s: Seeded;
let db: import('@/lib/db').Db;
let items: typeof import('@/lib/data/checklist-items');
let reads: typeof import('@/lib/data/checklist-item-history');
let people: Record<string, Editor>;
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
  ({ s, db, people, checklistId, norrvikChecklistId } = await checklistDb());
  items = await import('@/lib/data/checklist-items');
  reads = await import('@/lib/data/checklist-item-history');
});
afterAll(() => s.close());

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
    const history = await reads.getItemHistory(people.strateg!, { checklistId, itemKey: 'a1-handlingsplan' });
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
    const current = await reads.currentItemVersion(chef, { checklistId, itemKey: 'a1-handlingsplan' });
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
    expect(
      (await reads.getItemComments(people.chef!, { checklistId, itemKey: 'a1-handlingsplan' })).map((c) => [
        c.who,
        c.text,
      ]),
    ).toEqual([['Cecilia Chef', 'Beslutet tas i mars.']]);
  });
});
