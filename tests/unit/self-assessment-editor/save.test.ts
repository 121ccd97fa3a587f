// Saving the questionnaire against a real database (issue 17, part 1): each save is the next
// version with an audit event, a save from a version that is no longer the newest is refused with
// nothing saved (also when two arrive at once), and a round answered to an old version still reads
// with that version's areas and statements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStatement, removeStatement, updateArea, updateStatement } from '@/lib/self-assessment/edit';
import { FIELD_PREFIX, areasFor, type Questionnaire } from '@/lib/self-assessment/questionnaire';
import { engine } from '../../support/test-db';
import { seededDb, type Seeded } from '../../support/seeded-db';

type Viewer = Awaited<ReturnType<Seeded['viewer']>>;
let s: Seeded;
let edits: typeof import('@/lib/data/self-assessment-editor');
let rounds: typeof import('@/lib/data/self-assessment');
let strateg: Viewer;
let hostId: string;

beforeAll(async () => {
  s = await seededDb();
  hostId = (await s.db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' } })).id;
  await (await import('@/prisma/seed/self-assessment')).seedSelfAssessment(s.db as never, hostId);
  edits = await import('@/lib/data/self-assessment-editor');
  rounds = await import('@/lib/data/self-assessment');
  strateg = await s.viewer('strateg@sjostad.se');
});

afterAll(() => s?.close());

const written = async () => ({
  versions: await s.db.selfAssessmentVersion.count({ where: { organisationId: hostId } }),
  events: await s.db.auditEvent.count({ where: { action: 'self-assessment.revised' } }),
});
const newest = async () => (await edits.getQuestionnaireForEditor(hostId))!;
const retext = (key: string, text: string) => (q: Questionnaire) => {
  const statement = q.areas.flatMap((a) => a.statements).find((st) => st.key === key)!;
  return updateStatement(q, key, {
    text,
    audiences: statement.audiences ?? ['politiker', 'chef', 'strateg', 'medarbetare'],
  });
};
const allAnswered = (q: Questionnaire) =>
  Object.fromEntries(areasFor(q, 'medarbetare').flatMap((a) => a.statements.map((st) => [FIELD_PREFIX + st.key, '2'])));

describe(`saving the questionnaire (${engine})`, () => {
  it('keeps a round answered to version 1 readable after the questionnaire changes', async () => {
    const me = await s.viewer('medarbetare@sjostad.se');
    const v1 = await newest();
    expect(v1.version).toBe(1);
    expect((await rounds.saveRound(me, 1, allAnswered(v1.questionnaire))).ok).toBe(true);
    const oldTitle = v1.questionnaire.areas[0]!.title;

    const published = { courses: [], guides: [] };
    const result = await edits.saveQuestionnaire({
      editor: strateg,
      version: 1,
      change: (q) =>
        removeStatement(
          updateArea(q, 'grunder', { ...q.areas[0]!, title: 'Grunderna i jämställdhet' }, published),
          'grunder-1',
        ),
    });
    expect(result).toEqual({ saved: true, version: 2, added: [], removed: ['grunder-1'] });

    const [round] = await rounds.listMyRounds(me.id);
    expect(round!.version).toBe(1);
    expect(round!.scores.find((x) => x.area === 'grunder')!.title).toBe(oldTitle);
    const answeredTo = await s.db.selfAssessmentRound.findFirstOrThrow({
      where: { userId: me.id },
      select: { answers: true, version: { select: { definition: true } } },
    });
    const oldStatements = (JSON.parse(answeredTo.version.definition) as Questionnaire).areas[0]!.statements;
    expect(oldStatements.map((st) => st.key)).toContain('grunder-1');
    expect(JSON.parse(answeredTo.answers)).toHaveProperty('grunder-1', 2);

    // The next round is to the new version, without the removed statement.
    const v2 = await newest();
    expect(v2.questionnaire.areas[0]!.title).toBe('Grunderna i jämställdhet');
    expect((await rounds.saveRound(me, 2, allAnswered(v2.questionnaire))).ok).toBe(true);
    const latest = await s.db.selfAssessmentRound.findFirstOrThrow({
      where: { userId: me.id, version: { version: 2 } },
      select: { answers: true },
    });
    expect(JSON.parse(latest.answers)).not.toHaveProperty('grunder-1');
    expect((await rounds.listMyRounds(me.id)).map((r) => r.version)).toEqual([2, 1]);
  });

  it('records who saved which version, and lists every version with its rounds', async () => {
    const event = await s.db.auditEvent.findFirstOrThrow({
      where: { action: 'self-assessment.revised' },
      select: { actorId: true, organisationId: true, after: true },
    });
    expect(event).toMatchObject({ actorId: strateg.id, organisationId: hostId });
    expect(JSON.parse(event.after!)).toEqual({ version: 2, added: [], removed: ['grunder-1'] });
    const { history } = await newest();
    expect(history.map((h) => h.version)).toEqual([2, 1]);
    expect(history.map((h) => h.rounds)).toEqual([
      { hidden: false, count: 1 },
      { hidden: false, count: 1 },
    ]);
  });

  it('refuses a save from a version that is no longer the newest, and saves nothing', async () => {
    const before = await written();
    const stale = edits.saveQuestionnaire({
      editor: strateg,
      version: 1,
      change: retext('grunder-2', 'Ett påstående som aldrig sparas.'),
    });
    await expect(stale).rejects.toMatchObject({ code: 'STALE_VERSION', message: edits.STALE_QUESTIONNAIRE });
    expect(await written()).toEqual(before);
  });

  it('lets exactly one of two simultaneous saves through', async () => {
    const before = await written();
    const results = await Promise.allSettled([
      edits.saveQuestionnaire({
        editor: strateg,
        version: 2,
        change: retext('grunder-2', 'Den första ändringen av påståendet.'),
      }),
      edits.saveQuestionnaire({
        editor: strateg,
        version: 2,
        change: retext('grunder-3', 'Den andra ändringen av påståendet.'),
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
      code: 'STALE_VERSION',
    });
    expect(await written()).toEqual({ versions: before.versions + 1, events: before.events + 1 });
  });

  it('saves nothing when nothing changed or the result breaks the content schema', async () => {
    const before = await written();
    const { version } = await newest();
    expect(await edits.saveQuestionnaire({ editor: strateg, version, change: (q) => q })).toEqual({
      saved: false,
      version,
      added: [],
      removed: [],
    });
    await expect(
      edits.saveQuestionnaire({ editor: strateg, version, change: (q) => ({ ...q, levels: q.levels.slice(0, 3) }) }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await written()).toEqual(before);
  });

  it('gives a new statement a key no version has used, even after one was removed', async () => {
    const add = (version: number) =>
      edits.saveQuestionnaire({
        editor: strateg,
        version,
        change: (q, used) =>
          addStatement(
            q,
            'grunder',
            { text: 'Jag vet var statistiken om min verksamhet finns.', audiences: ['chef'] },
            used,
          ).questionnaire,
      });
    const { version } = await newest();
    const first = await add(version);
    expect(first.added).toEqual(['grunder-6']);
    const removed = await edits.saveQuestionnaire({
      editor: strateg,
      version: first.version,
      change: (q) => removeStatement(q, 'grunder-6'),
    });
    expect(removed.removed).toEqual(['grunder-6']);
    expect((await add(removed.version)).added).toEqual(['grunder-7']);
  });
});
