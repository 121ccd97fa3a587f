// LIX (läsbarhetsindex, Björnsson 1968): the mean number of words per sentence plus the share of
// long words (more than six letters) in per cent. Around 40 is ordinary newspaper text, 40–50
// "medelsvår", above 50 "svår". Pure: text in, figures out.

export type Lix = { lix: number; words: number; sentences: number; longWords: number };

// Abbreviations whose full stops do not end a sentence. Written without the dots before counting,
// so "t.ex." neither splits a sentence nor counts as two words.
const abbreviations = ['t.ex.', 'bl.a.', 'm.m.', 's.k.', 'o.s.v.', 'dvs.', 'osv.', 'kl.', 'ca.', 'jfr.', 'resp.', 'nr.', 'prop.', 's.'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const abbreviationPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${abbreviations.map(escape).join('|')})(?=\\s|$)`, 'giu');

const wordPattern = /[\p{L}\p{N}]+(?:[-–'’:][\p{L}\p{N}]+)*/gu;

/** The words of a text: runs of letters and digits, a hyphenated compound (or SKR:s) counting as one word. */
export function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/** Letters in a word (digits and hyphens do not count towards "long"). */
const lettersIn = (word: string) => (word.match(/\p{L}/gu) ?? []).length;

/**
 * Splits a text into sentences. A sentence ends at . ! ? or : followed by a space or the end of the
 * text, and at every line break: the caller puts each heading, list item and table cell on its
 * own line, so each counts as a sentence of its own. Fragments without words are dropped.
 */
export function sentencesOf(text: string): string[] {
  const cleaned = text.replace(abbreviationPattern, (m) => m.replace(/\./g, ''));
  return cleaned
    .split(/\n+|(?<=[.!?:])\s+/u)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

export function lix(text: string): Lix {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  const longWords = words.filter((w) => lettersIn(w) > 6).length;
  if (words.length === 0) return { lix: 0, words: 0, sentences: 0, longWords: 0 };
  const value = words.length / sentences.length + (100 * longWords) / words.length;
  return { lix: Math.round(value * 10) / 10, words: words.length, sentences: sentences.length, longWords };
}
