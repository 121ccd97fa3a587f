// Opening checklists from a template and the template's revisions, against a real database (the
// suite's engine): one checklist per administration, stale template edits refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistDb, type Editor } from '../support/checklist-db';
import type { Seeded } from '../support/seeded-db';
import { engine } from '../support/test-db';

let s: Seeded;
let db: import('@/lib/db').Db;
let people: Record<string, Editor>;

beforeAll(async () => {
  ({ s, db, people } = await checklistDb());
});
afterAll(() => s.close());

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

describe(`the template in English (${engine})`, () => {
  it('is added by the seed to a template seeded before it had one, and shown to English readers', async () => {
    const template = await db.checklistTemplate.findFirstOrThrow({
      where: { key: 'cemr-artikel-6' },
      select: { id: true, publishedRevisionId: true },
    });
    const revision = { id: template.publishedRevisionId! };
    const stored = JSON.parse(
      (await db.checklistTemplateRevision.findUniqueOrThrow({ where: revision, select: { snapshot: true } })).snapshot,
    );
    expect(stored.translations.en.title).toBe('CEMR Charter, Article 6: Combating stereotypes');
    // As a database seeded before the English version existed has it: without translations.
    const { translations, ...swedish } = stored;
    await db.checklistTemplateRevision.update({ where: revision, data: { snapshot: JSON.stringify(swedish) } });
    const host = await db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' }, select: { id: true } });
    await (await import('@/prisma/seed/checklists')).seedChecklists(db, host.id);
    const after = JSON.parse(
      (await db.checklistTemplateRevision.findUniqueOrThrow({ where: revision, select: { snapshot: true } })).snapshot,
    );
    expect(after).toEqual({ ...swedish, translations });
    // No new revision: only the English was added to the published one.
    expect(await db.checklistTemplateRevision.count({ where: { templateId: template.id } })).toBe(1);

    const { loadChecklistView } = await import('@/lib/data/checklist-view');
    const en = (await loadChecklistView(people.medarbetare!, undefined, 'en'))!;
    expect(en.ref.title).toBe('CEMR Charter, Article 6: Combating stereotypes');
    expect(en.template).toMatchObject({ lang: 'en', title: 'CEMR Charter, Article 6: Combating stereotypes' });
    expect(en.template.sections[0]!.items[0]).toMatchObject({
      lang: 'en',
      title: 'A named function is responsible for the work on Article 6',
    });
    const sv = (await loadChecklistView(people.medarbetare!, undefined, 'sv'))!;
    expect(sv.ref.title).toBe('CEMR-deklarationen, artikel 6: Att motverka stereotyper');
    expect(sv.template.sections[0]!.items[0]!.lang).toBe('sv');

    // An administration's checklist outlives the administration: it is named as removed, in the reader's language.
    const orphan = await db.orgChecklist.create({
      data: {
        organisationId: host.id,
        templateId: template.id,
        unitId: 'borttagen-enhet',
        title: `${sv.ref.title} – Gamla förvaltningen`,
      },
    });
    expect((await loadChecklistView(people.medarbetare!, orphan.id, 'en'))!.ref.unitName).toBe(
      'Removed administration',
    );
    expect((await loadChecklistView(people.medarbetare!, orphan.id, 'sv'))!.ref.unitName).toBe('Borttagen förvaltning');
    expect((await loadChecklistView(people.medarbetare!, undefined, 'en'))!.ref.unitName).toBeNull();
    await db.orgChecklist.delete({ where: { id: orphan.id } });
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
    // Version 1 as written before the template had an English version: restoring it keeps the English of the latest.
    const first = await db.checklistTemplateRevision.findFirstOrThrow({
      where: { templateId: template.id, number: 1 },
      select: { id: true, snapshot: true },
    });
    const { translations, ...swedishOnly } = JSON.parse(first.snapshot);
    expect(translations.en).toBeDefined();
    await db.checklistTemplateRevision.update({
      where: { id: first.id },
      data: { snapshot: JSON.stringify(swedishOnly) },
    });
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
    const restored = await db.checklistTemplateRevision.findFirstOrThrow({
      where: { templateId: template.id, number: 3 },
      select: { snapshot: true },
    });
    expect(JSON.parse(restored.snapshot)).toEqual({ ...swedishOnly, translations });
  });
});
