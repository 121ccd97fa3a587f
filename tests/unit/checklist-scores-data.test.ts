// An administration's self-assessment against SKR's step 4, against a real database: who may make
// a round (the administration's own management, strategists), a round saved whole or not at all,
// totals compared over time, and an old round read with the items it was asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let scores: typeof import('@/lib/data/checklist-scores');
let template: NonNullable<Awaited<ReturnType<typeof scores.getScoreTemplate>>>;
let omsorgId: string;
let utbildningId: string;
let norrvikUnitId: string;
let keys: string[];

const all = (score: number, except: Record<string, string> = {}) => ({
  ...Object.fromEntries(keys.map((k) => [`p-${k}`, String(score)])),
  ...except,
});

beforeAll(async () => {
  s = await seededDb();
  const { seedChecklists } = await import('@/prisma/seed/checklists');
  const host = await s.db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' }, select: { id: true } });
  await seedChecklists(s.db, host.id);
  scores = await import('@/lib/data/checklist-scores');
  template = (await scores.getScoreTemplate('skr-steg-4-kompetens'))!;
  keys = template.snapshot.sections.flatMap((x) => x.items.map((i) => i.key));
  omsorgId = (await s.db.orgUnit.findFirstOrThrow({ where: { name: 'Vård- och omsorgsförvaltningen' } })).id;
  utbildningId = (await s.db.orgUnit.findFirstOrThrow({ where: { name: 'Utbildningsförvaltningen' } })).id;
  norrvikUnitId = (
    await s.db.orgUnit.findFirstOrThrow({ where: { organisation: { slug: { not: 'sjostad' } }, parentId: null } })
  ).id;
});

afterAll(() => s?.close());

const save = async (
  email: string,
  unitId: string,
  values: Record<string, string>,
  revision = template.revisionNumber,
) => scores.saveScoreRound(await s.viewer(email), { templateKey: template.key, unitId, revision, note: '', values });

describe(`score rounds per administration (${engine})`, () => {
  it('is not opened as a status checklist for every organisation', async () => {
    expect(await s.db.orgChecklist.count({ where: { templateId: template.id } })).toBe(0);
    const kinds = await s.db.checklistTemplate.findMany({ select: { key: true, kind: true } });
    expect(kinds).toContainEqual({ key: 'skr-steg-4-kompetens', kind: 'SCORE' });
  });

  it('lets the administration’s own manager save a whole round, and keeps each round', async () => {
    const first = await save('chef.omsorg@sjostad.se', omsorgId, all(2));
    const second = await save('chef.omsorg@sjostad.se', omsorgId, all(3, { [`p-${keys[0]}`]: '4' }));
    expect(first.ok && second.ok).toBe(true);
    const rows = await scores.loadScoreOverview(await s.viewer('strateg@sjostad.se'), template);
    const omsorg = rows.find((r) => r.id === omsorgId)!;
    expect(omsorg.rounds.map((r) => r.total.mean)).toEqual([
      2,
      Math.round(((3 * (keys.length - 1) + 4) / keys.length) * 10) / 10,
    ]);
    expect(omsorg.latest!.change).toBe(omsorg.rounds[1]!.total.mean! - 2);
    expect(rows.find((r) => r.id === utbildningId)!.latest).toBeNull();
    expect(await s.db.auditEvent.count({ where: { action: 'checklist-score.created' } })).toBe(2);
  });

  it('refuses a manager of a unit below the administration, another administration and another organisation', async () => {
    await expect(save('chef@sjostad.se', utbildningId, all(3))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(save('chef.omsorg@sjostad.se', utbildningId, all(3))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(save('medarbetare@sjostad.se', omsorgId, all(3))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(save('strateg@sjostad.se', norrvikUnitId, all(3))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const forskola = await s.db.orgUnit.findFirstOrThrow({ where: { name: 'Förskola' } });
    await expect(save('strateg@sjostad.se', forskola.id, all(3))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const strateg = await s.viewer('strateg@sjostad.se');
    const rows = await scores.loadScoreOverview(strateg, template);
    expect(rows.every((r) => r.mayScore)).toBe(true);
    const chef = await scores.loadScoreOverview(await s.viewer('chef.omsorg@sjostad.se'), template);
    expect(chef.filter((r) => r.mayScore).map((r) => r.id)).toEqual([omsorgId]);
  });

  it('saves nothing when an item is missing or out of range, or the template changed since the form was opened', async () => {
    const before = await s.db.checklistScoreRound.count();
    const missing = await save('strateg@sjostad.se', utbildningId, all(3, { [`p-${keys[2]}`]: '' }));
    expect(missing).toEqual({ ok: false, errors: { [`p-${keys[2]}`]: 'Välj en av de fyra nivåerna.' } });
    const wrong = await save('strateg@sjostad.se', utbildningId, all(3, { [`p-${keys[1]}`]: '7' }));
    expect(wrong.ok).toBe(false);
    await expect(save('strateg@sjostad.se', utbildningId, all(3), template.revisionNumber - 1)).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(await s.db.checklistScoreRound.count()).toBe(before);
    expect(await s.db.checklistItemScore.count({ where: { round: { unitId: utbildningId } } })).toBe(0);
  });

  it('reads an old round with the items it was asked after the template has changed', async () => {
    const saved = await save('strateg@sjostad.se', utbildningId, all(1));
    if (!saved.ok) throw new Error('not saved');
    const { removeItem } = await import('@/lib/checklist/template-edit');
    const changed = removeItem(template.snapshot, keys[0]!);
    const next = await s.db.checklistTemplateRevision.create({
      data: {
        templateId: template.id,
        number: template.revisionNumber + 1,
        snapshot: JSON.stringify(changed),
        published: true,
      },
    });
    await s.db.checklistTemplate.update({ where: { id: template.id }, data: { publishedRevisionId: next.id } });
    const round = await scores.getScoreRound(await s.viewer('medarbetare@sjostad.se'), saved.roundId);
    expect(round!.snapshot.sections.flatMap((x) => x.items.map((i) => i.key))).toContain(keys[0]);
    expect(round!.scores).toHaveLength(keys.length);
    expect(round!.total.mean).toBe(1);
    expect(await scores.getScoreRound(await s.viewer('admin@norrvik.se'), saved.roundId)).toBeNull();
    const now = await scores.getScoreTemplate(template.key);
    expect(now!.revisionNumber).toBe(template.revisionNumber + 1);
  });
});
