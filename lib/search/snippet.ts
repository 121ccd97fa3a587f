import type { Token } from './compounds';

/** A piece of a snippet; `mark` pieces are the words that matched (rendered as <mark>). */
export type Segment = { text: string; mark: boolean };

const before = 90;
const after = 160;

/**
 * The passage around the first word that answers the query, within its paragraph, cut at word
 * boundaries, with every matching word marked. `tokens` are tokenize(text); `terms` the index
 * terms that answered the query (a compound answers through its parts). Plain text in and out:
 * the caller renders segments as React text, so nothing in them is ever parsed as HTML.
 */
export function snippetFor(text: string, tokens: Token[], terms: ReadonlySet<string>): Segment[] | null {
  const source = text.normalize('NFC');
  const answers = (t: Token) => t.terms.some((term) => terms.has(term));
  const first = tokens.find(answers);
  if (!first) return null;

  const blockStart = source.lastIndexOf('\n', first.start) + 1;
  const newline = source.indexOf('\n', first.end);
  const blockEnd = newline === -1 ? source.length : newline;
  let start = Math.max(blockStart, first.start - before);
  let end = Math.min(blockEnd, first.end + after);
  if (start > blockStart) start = Math.min(source.indexOf(' ', start) + 1 || first.start, first.start);
  if (end < blockEnd) end = Math.max(source.lastIndexOf(' ', end), first.end);

  const segments: Segment[] = [];
  if (start > blockStart) segments.push({ text: '… ', mark: false });
  let cursor = start;
  for (const token of tokens) {
    if (token.start < start || token.end > end || !answers(token)) continue;
    if (token.start > cursor) segments.push({ text: source.slice(cursor, token.start), mark: false });
    segments.push({ text: source.slice(token.start, token.end), mark: true });
    cursor = token.end;
  }
  if (cursor < end) segments.push({ text: source.slice(cursor, end), mark: false });
  if (end < blockEnd) segments.push({ text: ' …', mark: false });
  return segments;
}
