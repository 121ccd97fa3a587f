// How answers become a result (issue 17, part 1): every statement for the person's audience must
// be answered 1–4, an area's score is the mean of its statements, and the areas to start with are
// the lowest ones below 3.
import { describe, expect, it } from 'vitest';
import { loadSelfAssessment } from '@/lib/content/loader';
import {
  areasFor,
  changeSince,
  FIELD_PREFIX,
  lowestAreas,
  MISSING_ANSWER,
  readAnswers,
  scoreAreas,
  type Questionnaire,
} from '@/lib/self-assessment/questionnaire';
import { audienceKeys } from '@/lib/validation/content';

const q: Questionnaire = loadSelfAssessment().data;
const all = (audience: (typeof audienceKeys)[number], score: (key: string, i: number) => number) =>
  Object.fromEntries(
    areasFor(q, audience)
      .flatMap((a) => a.statements)
      .map((s, i) => [FIELD_PREFIX + s.key, String(score(s.key, i))]),
  );

describe('the self-assessment', () => {
  it('asks each audience its own statements, in every area', () => {
    for (const audience of audienceKeys) {
      const areas = areasFor(q, audience);
      expect(areas.map((a) => a.key)).toEqual(['grunder', 'strategin', 'styrning', 'analys', 'stereotyper']);
      for (const area of areas) {
        expect(area.statements.length).toBeGreaterThanOrEqual(2);
        expect(area.statements.every((s) => !s.audiences || s.audiences.includes(audience))).toBe(true);
      }
    }
    const keys = (audience: (typeof audienceKeys)[number]) =>
      areasFor(q, audience).flatMap((a) => a.statements.map((s) => s.key));
    expect(keys('politiker')).not.toEqual(keys('medarbetare'));
  });

  it('refuses a round with a statement unanswered or out of range, naming each one', () => {
    const answers = all('medarbetare', () => 3);
    const [first, second] = Object.keys(answers);
    const result = readAnswers(q, 'medarbetare', { ...answers, [first!]: '', [second!]: '5' });
    expect(result).toEqual({
      ok: false,
      errors: { [first!]: MISSING_ANSWER, [second!]: 'Svaret ska vara 1, 2, 3 eller 4.' },
    });
    expect(readAnswers(q, 'medarbetare', { ...answers, [first!]: '0' }).ok).toBe(false);
    expect(readAnswers(q, 'medarbetare', { ...answers, [first!]: '2.5' }).ok).toBe(false);
    expect(readAnswers(q, 'medarbetare', answers).ok).toBe(true);
    // A politician's statements are not answered by a form made for an employee.
    expect(readAnswers(q, 'politiker', answers).ok).toBe(false);
  });

  it('scores each area as the mean of its statements, and picks the lowest areas below 3', () => {
    const grunder = new Set(areasFor(q, 'chef')[0]!.statements.map((s) => s.key));
    const read = readAnswers(
      q,
      'chef',
      all('chef', (key, i) => (grunder.has(key) ? 1 + (i % 2) : 4)),
    );
    if (!read.ok) throw new Error('alla svar finns');
    const scores = scoreAreas(q, 'chef', read.answers);
    const expected = [...grunder].map((_, i) => 1 + (i % 2)).reduce((a, b) => a + b, 0) / grunder.size;
    expect(scores[0]).toEqual({ area: 'grunder', mean: Math.round(expected * 100) / 100 });
    expect(scores.slice(1).every((s) => s.mean === 4)).toBe(true);
    expect(lowestAreas(scores)).toEqual([scores[0]]);
  });

  it('starts with the two lowest areas, ties in the questionnaire order, none when all are 3 or more', () => {
    const s = (area: string, mean: number) => ({ area, mean }) as { area: 'grunder'; mean: number };
    expect(lowestAreas([s('a', 2.5), s('b', 1.5), s('c', 2.5), s('d', 3)])).toEqual([s('b', 1.5), s('a', 2.5)]);
    expect(lowestAreas([s('a', 3), s('b', 4)])).toEqual([]);
    expect(lowestAreas([s('a', 2), s('b', 1), s('c', 1)], 3)).toEqual([s('b', 1), s('c', 1), s('a', 2)]);
  });

  it('shows the change per area since the round before, for areas in both', () => {
    const s = (area: string, mean: number) => ({ area, mean }) as { area: 'grunder'; mean: number };
    expect(changeSince([s('a', 2), s('b', 3.5)], [s('a', 2.75), s('b', 3.5), s('c', 1)])).toEqual([
      { area: 'a', change: 0.75 },
      { area: 'b', change: 0 },
    ]);
  });
});
