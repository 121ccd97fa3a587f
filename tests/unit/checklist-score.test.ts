// The score template (SKR's step 4 as a 1–4 self-assessment per administration): reading a round's
// form, the total and its change, and the content rule that a score template carries its scale.
import { describe, expect, it } from 'vitest';
import { loadChecklists } from '@/lib/content/loader';
import {
  COMMENT_MAX,
  MISSING_SCORE,
  NOTE_MAX,
  NOTE_MAX_MESSAGE,
  readScores,
  roundTotal,
  scoreItems,
  totalChange,
} from '@/lib/checklist/score';
import { templateSnapshotSchema } from '@/lib/validation/checklist';
import { checklistFrontmatterSchema } from '@/lib/validation/content';

const file = loadChecklists().find((f) => f.data.kind === 'score')!;
const template = { sections: file.data.sections, scale: file.data.scale };
const keys = scoreItems(template).map((i) => i.key);
const all = (score: string) => Object.fromEntries(keys.map((k) => [`p-${k}`, score]));

describe('the score template in content/checklists', () => {
  it('is SKR step 4 with four levels and at least eight items', () => {
    expect(file.data.article).toBe(4);
    expect(file.data.scale?.map((l) => l.score)).toEqual([1, 2, 3, 4]);
    expect(keys.length).toBeGreaterThanOrEqual(8);
  });

  it('refuses a score template without its scale, and a status template with one', () => {
    const { scale, ...withoutScale } = file.data;
    expect(checklistFrontmatterSchema.safeParse(withoutScale).success).toBe(false);
    const status = loadChecklists().find((f) => f.data.kind === 'status')!.data;
    expect(checklistFrontmatterSchema.safeParse({ ...status, scale }).success).toBe(false);
    const wrongOrder = [...scale!].reverse();
    const snapshot = { ...file.data, scale: wrongOrder, intro: '' };
    delete (snapshot as { updated?: string }).updated;
    const parsed = templateSnapshotSchema.safeParse(snapshot);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('1, 2, 3 och 4');
  });
});

describe('reading a round', () => {
  it('takes a level for every item and an optional comment', () => {
    const read = readScores(template, { ...all('3'), [`k-${keys[0]}`]: '  Vi har börjat i två enheter.  ' });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.scores).toHaveLength(keys.length);
    expect(read.scores[0]).toEqual({ itemKey: keys[0], score: 3, comment: 'Vi har börjat i två enheter.' });
  });

  it('names each unscored item, and refuses scores outside 1–4 and long comments', () => {
    const values = { ...all('2'), [`p-${keys[0]}`]: '', [`p-${keys[1]}`]: '5', [`p-${keys[2]}`]: '0' };
    values[`k-${keys[3]}`] = 'x'.repeat(COMMENT_MAX + 1);
    delete values[`p-${keys[4]}`];
    const read = readScores(template, values);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors[`p-${keys[0]}`]).toBe(MISSING_SCORE);
    expect(read.errors[`p-${keys[4]}`]).toBe(MISSING_SCORE);
    expect(read.errors[`p-${keys[1]}`]).toBe('Nivån ska vara 1, 2, 3 eller 4.');
    expect(read.errors[`p-${keys[2]}`]).toBe('Nivån ska vara 1, 2, 3 eller 4.');
    expect(NOTE_MAX_MESSAGE).toBe(
      `Anteckningen får vara högst ${NOTE_MAX.toLocaleString('sv-SE').replace(/\s/g, ' ')} tecken.`,
    );
    // Written out (so it has English), and equal to the limit.
    expect(read.errors[`k-${keys[3]}`]).toBe(
      `Kommentaren får vara högst ${COMMENT_MAX.toLocaleString('sv-SE').replace(/\s/g, ' ')} tecken.`,
    );
    expect(Object.keys(read.errors)).toHaveLength(5);
  });
});

describe('totals', () => {
  it('is the mean over the items, per section and in all, to one decimal', () => {
    const scores = keys.map((itemKey, i) => ({ itemKey, score: i === 0 ? 4 : 2 }));
    const total = roundTotal(template, scores);
    const expected = Math.round(((4 + 2 * (keys.length - 1)) / keys.length) * 10) / 10;
    expect(total.mean).toBe(expected);
    expect(total.sections[0]!.mean).toBeGreaterThan(2);
    expect(total.sections.slice(1).every((s) => s.mean === 2)).toBe(true);
  });

  it('stays comparable when the template has lost an item since: only items it has count', () => {
    const scores = [...keys.map((itemKey) => ({ itemKey, score: 3 })), { itemKey: 'borttagen-punkt', score: 1 }];
    expect(roundTotal(template, scores).mean).toBe(3);
    expect(roundTotal(template, []).mean).toBeNull();
  });

  it('gives the change from the round before, and none for a first round', () => {
    expect(totalChange(2.8, 2.3)).toBe(0.5);
    expect(totalChange(2.1, 2.4)).toBe(-0.3);
    expect(totalChange(2.1, null)).toBeNull();
  });
});
