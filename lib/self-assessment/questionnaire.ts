// The self-assessment as plain data: which statements a person answers, how answers become a
// score per area, and which areas are the person's lowest. No `server-only`: the form uses it too.
import type { AssessmentAreaKey, AudienceKey, SelfAssessmentFrontmatter } from '@/lib/validation/content';

export type Questionnaire = Pick<SelfAssessmentFrontmatter, 'title' | 'version' | 'levels' | 'areas'>;
export type Area = Questionnaire['areas'][number];
export type Statement = Area['statements'][number];
export type Answers = Record<string, number>;
export type AreaScore = { area: AssessmentAreaKey; mean: number };

export const FIELD_PREFIX = 's-';
export const MISSING_ANSWER = 'Välj ett av de fyra svaren.';

/** The areas with only the statements for this audience (every area keeps at least two; the content schema sees to it). */
export function areasFor(q: Questionnaire, audience: AudienceKey): Area[] {
  return q.areas.map((area) => ({
    ...area,
    statements: area.statements.filter((s) => !s.audiences || s.audiences.includes(audience)),
  }));
}

/**
 * Reads the form: one field `s-<statement key>` per statement, 1–4. Every statement must be
 * answered; an unanswered or bad one gets its message, keyed by the field's name.
 */
export function readAnswers(
  q: Questionnaire,
  audience: AudienceKey,
  values: Record<string, unknown>,
): { ok: true; answers: Answers } | { ok: false; errors: Record<string, string> } {
  const answers: Answers = {};
  const errors: Record<string, string> = {};
  for (const statement of areasFor(q, audience).flatMap((a) => a.statements)) {
    const field = FIELD_PREFIX + statement.key;
    const raw = values[field];
    const score = typeof raw === 'string' && /^[1-4]$/.test(raw.trim()) ? Number(raw) : null;
    if (score === null)
      errors[field] = raw === undefined || raw === '' ? MISSING_ANSWER : 'Svaret ska vara 1, 2, 3 eller 4.';
    else answers[statement.key] = score;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}

/** The mean score of each area over the statements answered in it (two decimals). */
export function scoreAreas(q: Questionnaire, audience: AudienceKey, answers: Answers): AreaScore[] {
  return areasFor(q, audience).flatMap((area) => {
    const scores = area.statements.map((s) => answers[s.key]).filter((v): v is number => v !== undefined);
    if (scores.length === 0) return [];
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    return [{ area: area.key, mean: Math.round(mean * 100) / 100 }];
  });
}

/**
 * The areas to work on first: the lowest scores below 3 ("till stor del"), at most `max`, lowest
 * first; ties keep the questionnaire's order. Someone at 3 or above everywhere gets none.
 */
export function lowestAreas(scores: readonly AreaScore[], max = 2): AreaScore[] {
  return scores
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.mean < 3)
    .sort((a, b) => a.s.mean - b.s.mean || a.i - b.i)
    .slice(0, max)
    .map(({ s }) => s);
}

/** Change per area from one round to the next, for areas in both (a questionnaire may change). */
export function changeSince(previous: readonly AreaScore[], latest: readonly AreaScore[]) {
  const before = new Map(previous.map((s) => [s.area, s.mean]));
  return latest.flatMap((s) => {
    const old = before.get(s.area);
    return old === undefined ? [] : [{ area: s.area, change: Math.round((s.mean - old) * 100) / 100 }];
  });
}
