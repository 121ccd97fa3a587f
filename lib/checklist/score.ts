// A score template (kind "score", e.g. SKR's step 4) as plain data: reading a round's form, its
// total, and comparing rounds. The total is the mean of the items' scores (1–4), so a round stays
// comparable with an older one and with another administration's even if the template has
// gained or lost an item in between. No `server-only`: the form uses it too.
import type { TemplateSnapshot } from '@/lib/validation/checklist';

export const SCORE_PREFIX = 'p-';
export const COMMENT_PREFIX = 'k-';
export const COMMENT_MAX = 1000;
export const NOTE_MAX = 2000;
/** Written out, so it has English (lib/i18n/messages-en.ts); tests/unit/checklist-score.test.ts holds it equal to NOTE_MAX. */
export const NOTE_MAX_MESSAGE = 'Anteckningen får vara högst 2 000 tecken.';
/** The score round's refusal of a long note (lib/data/checklist-scores.ts), written out likewise. */
export const NOTE_MAX_REFUSAL = 'Anteckningen får vara högst 2000 tecken. Inget är sparat.';
export const MISSING_SCORE = 'Välj en av de fyra nivåerna.';

export type ScoreTemplate = Pick<TemplateSnapshot, 'sections' | 'scale'>;
export type ItemScore = { itemKey: string; score: number; comment: string };
export type SectionMean = { key: string; title: string; mean: number | null };
export type RoundTotal = { mean: number | null; sections: SectionMean[] };

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : round1(values.reduce((a, b) => a + b, 0) / values.length);

export const scoreItems = (t: ScoreTemplate) => t.sections.flatMap((s) => s.items);

/**
 * Reads the form: `p-<item>` 1–4 for every item, `k-<item>` an optional comment. Every item must
 * be scored; each refusal is keyed by its field, so the form can name it.
 */
export function readScores(
  t: ScoreTemplate,
  values: Record<string, unknown>,
): { ok: true; scores: ItemScore[] } | { ok: false; errors: Record<string, string> } {
  const scores: ItemScore[] = [];
  const errors: Record<string, string> = {};
  for (const item of scoreItems(t)) {
    const field = SCORE_PREFIX + item.key;
    const raw = values[field];
    const score = typeof raw === 'string' && /^[1-4]$/.test(raw.trim()) ? Number(raw) : null;
    const rawComment = values[COMMENT_PREFIX + item.key];
    const comment = typeof rawComment === 'string' ? rawComment.trim() : '';
    if (score === null)
      errors[field] = raw === undefined || raw === '' ? MISSING_SCORE : 'Nivån ska vara 1, 2, 3 eller 4.';
    if (comment.length > COMMENT_MAX) errors[COMMENT_PREFIX + item.key] = 'Kommentaren får vara högst 1 000 tecken.';
    if (score !== null) scores.push({ itemKey: item.key, score, comment });
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, scores };
}

/** The round's mean over the template's items it scored, and each section's mean (one decimal). */
export function roundTotal(t: ScoreTemplate, scores: readonly Pick<ItemScore, 'itemKey' | 'score'>[]): RoundTotal {
  const byItem = new Map(scores.map((s) => [s.itemKey, s.score]));
  const of = (keys: readonly string[]) => keys.flatMap((k) => (byItem.has(k) ? [byItem.get(k)!] : []));
  return {
    mean: mean(of(scoreItems(t).map((i) => i.key))),
    sections: t.sections.map((s) => ({ key: s.key, title: s.title, mean: mean(of(s.items.map((i) => i.key))) })),
  };
}

/** Change of the total from one round to the next (one decimal), or null without both. */
export function totalChange(now: number | null, before: number | null): number | null {
  return now === null || before === null ? null : round1(now - before);
}

/** The scale's word for a score, e.g. "3 Delvis på plats". */
export function levelText(t: ScoreTemplate, score: number): string {
  const level = t.scale?.find((l) => l.score === score);
  return level ? `${score} ${level.label}` : String(score);
}
