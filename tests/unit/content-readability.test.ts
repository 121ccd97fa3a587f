import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lix, sentencesOf, wordsOf } from '@/lib/content/lix';
import { loadCourses, loadGuides, loadSelfAssessment } from '@/lib/content/loader';
import { plainTextOf } from '@/lib/search/text';
import { audienceKeys } from '@/lib/validation/content';

// Plain Swedish, measured: LIX (läsbarhetsindex) of every guidance page, every lesson body and the
// self-assessment questionnaire.
// The level is stated in content/README.md ("Klarspråk: läsbarhet, termer och stavning"): LIX 45
// at most, in the lower half of "medelsvår" (40–50). The whole corpus measured 15–44 when the
// limit was set, so the limit leaves room for editing but stops a page drifting into "svår".

const LIX_LIMIT = 45;

const root = path.resolve(import.meta.dirname, '../../content');

type Measured = { file: string; lix: number; words: number };

// Markdown → text: each heading, list item, table cell and paragraph on its own line (a sentence
// of its own), links and code reduced to their text.
const measure = (file: string, markdown: string): Measured => {
  const result = lix(plainTextOf(markdown).text);
  return { file, lix: result.lix, words: result.words };
};

const guides = loadGuides(root).map((g) => measure(`guidance/${g.slug}.md`, g.body));
const lessons = loadCourses(root).flatMap((c) =>
  c.lessons.map((l) => measure(`courses/${c.slug}/${String(l.position).padStart(2, '0')}-${l.slug}.md`, l.body)),
);

// The self-assessment (issue 17): its introduction, the statements each audience reads (one
// statement a sentence) and the descriptions of the levels and areas that help a person choose.
const selfAssessment = loadSelfAssessment(root);
const questionnaireFile = 'self-assessment/sjalvskattning.md';
const questionnaire = [
  measure(`${questionnaireFile} (inledningen)`, selfAssessment.body),
  ...audienceKeys.map((audience) =>
    measure(
      `${questionnaireFile} (påståendena för ${audience})`,
      selfAssessment.data.areas
        .flatMap((a) => a.statements.filter((s) => !s.audiences || s.audiences.includes(audience)))
        .map((s) => s.text)
        .join('\n\n'),
    ),
  ),
  measure(
    `${questionnaireFile} (nivåer och områden)`,
    [...selfAssessment.data.levels, ...selfAssessment.data.areas].map((x) => x.description).join('\n\n'),
  ),
];

function distribution(label: string, rows: Measured[]): string {
  const values = rows.map((r) => r.lix).sort((a, b) => a - b);
  const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]!;
  const bands = new Map<string, number>();
  for (const v of values) {
    const low = Math.floor(v / 5) * 5;
    bands.set(`${low}–${low + 4.9}`, (bands.get(`${low}–${low + 4.9}`) ?? 0) + 1);
  }
  const hardest = [...rows].sort((a, b) => b.lix - a.lix).slice(0, 3);
  return [
    `${label}: ${values.length} texter, LIX min ${values[0]}, median ${at(0.5)}, max ${values.at(-1)}`,
    `  fördelning: ${[...bands].map(([band, n]) => `${band}: ${n}`).join(', ')}`,
    `  svårast: ${hardest.map((r) => `${r.file} ${r.lix}`).join(', ')}`,
  ].join('\n');
}

describe('LIX', () => {
  it('counts words per sentence plus the share of words longer than six letters', () => {
    // 2 sentences, 8 words, 2 long words (jämställdhet, kommunen): 8/2 + 100·2/8 = 4 + 25 = 29.
    const result = lix('Jämställdhet gäller alla. Det gör kommunen också nu.');
    expect(result).toEqual({ lix: 29, words: 8, sentences: 2, longWords: 2 });
  });

  it('treats a line as a sentence, and abbreviations and hyphenated compounds as one word', () => {
    expect(sentencesOf('Rubrik\nSe t.ex. sidan om CEMR-deklarationen. Klart!')).toEqual([
      'Rubrik',
      'Se tex sidan om CEMR-deklarationen.',
      'Klart!',
    ]);
    expect(wordsOf('SKR:s vägledning, 2019 års utgåva')).toEqual(['SKR:s', 'vägledning', '2019', 'års', 'utgåva']);
    expect(lix('')).toEqual({ lix: 0, words: 0, sentences: 0, longWords: 0 });
  });

  it('reads "long" as more than six letters', () => {
    expect(lix('kommun').longWords).toBe(0);
    expect(lix('kommuns').longWords).toBe(1);
  });
});

describe(`the corpus reads as plain Swedish (LIX ≤ ${LIX_LIMIT})`, () => {
  it('prints the distribution', () => {
    expect(guides.length).toBeGreaterThan(0);
    expect(lessons.length).toBeGreaterThan(0);
    console.info(`${distribution('Vägledning', guides)}\n${distribution('Lektioner', lessons)}`);
    console.info(
      `Självskattningen:\n${questionnaire.map((r) => `  ${r.file}: LIX ${r.lix} (${r.words} ord)`).join('\n')}`,
    );
  });

  it('keeps every guidance page at or below the limit', () => {
    const over = guides.filter((r) => r.lix > LIX_LIMIT).map((r) => `${r.file}: LIX ${r.lix}`);
    expect(over, `Skriv kortare meningar och enklare ord:\n${over.join('\n')}`).toEqual([]);
  });

  it('keeps every lesson at or below the limit', () => {
    const over = lessons.filter((r) => r.lix > LIX_LIMIT).map((r) => `${r.file}: LIX ${r.lix}`);
    expect(over, `Skriv kortare meningar och enklare ord:\n${over.join('\n')}`).toEqual([]);
  });

  it('keeps the self-assessment (introduction, statements, levels) at or below the limit', () => {
    const over = questionnaire.filter((r) => r.lix > LIX_LIMIT).map((r) => `${r.file}: LIX ${r.lix}`);
    expect(over, `Skriv kortare meningar och enklare ord:\n${over.join('\n')}`).toEqual([]);
  });
});
