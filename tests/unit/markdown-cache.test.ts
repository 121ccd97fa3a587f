import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderMarkdownCached } from '@/lib/markdown';

// The server's pages remember rendered Markdown: a remembered text must never be served for
// another one, and the sanitised output must be the same as without the cache.
describe('renderMarkdownCached', () => {
  it('gives each text its own sanitised HTML, from the cache too', () => {
    const texts = Array.from(
      { length: 400 },
      (_, i) => `## Rubrik ${i}\n\nText <script>alert(${i})</script> [länk](/vagledning/${i})`,
    );
    for (const text of texts) expect(renderMarkdownCached(text)).toBe(renderMarkdown(text));
    // A second round: the most recent texts come from the cache, the oldest were let go.
    for (const text of [...texts].reverse()) expect(renderMarkdownCached(text)).toBe(renderMarkdown(text));
    expect(renderMarkdownCached(texts[7]!)).toContain('<h2 id="rubrik-7">Rubrik 7</h2>');
    expect(renderMarkdownCached(texts[7]!)).not.toContain('<script');
  });

  it('renders long texts without keeping them', () => {
    const long = `${'Ett stycke text. '.repeat(4000)}\n\n## Slut`;
    expect(renderMarkdownCached(long)).toBe(renderMarkdown(long));
  });
});
