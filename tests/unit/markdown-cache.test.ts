// The server's pages remember rendered Markdown (lib/markdown.ts). A remembered text must never
// be served for another one, the sanitised output must be the same as without the cache, and the
// cache must actually remember, within its bounds. The cache is watched through LRUCache's methods.
import { LRUCache } from 'lru-cache';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderMarkdown, renderMarkdownCached } from '@/lib/markdown';

afterEach(() => vi.restoreAllMocks());

function watchCache() {
  const get = vi.spyOn(LRUCache.prototype, 'get');
  const set = vi.spyOn(LRUCache.prototype, 'set');
  const cache = () => (set.mock.contexts[0] ?? get.mock.contexts[0]) as LRUCache<string, string>;
  return { get, set, cache };
}

describe('renderMarkdownCached', () => {
  it('serves a text it rendered before from memory', () => {
    const { get, set } = watchCache();
    const text = `## Minns mig\n\nEn text som ingen annan test ritar (${Date.now()}).`;
    const html = renderMarkdownCached(text);
    expect(html).toBe(renderMarkdown(text));
    expect(set).toHaveBeenCalledTimes(1);
    expect(set).toHaveBeenCalledWith(text, html);
    expect(renderMarkdownCached(text)).toBe(html);
    expect(set).toHaveBeenCalledTimes(1);
    expect(get.mock.results.at(-1)?.value).toBe(html);
  });

  it('gives each text its own sanitised HTML, from the cache too, even texts that differ only at the end', () => {
    const shared = 'Samma inledning i varje text. '.repeat(70);
    const texts = [
      ...Array.from({ length: 40 }, (_, i) => `${shared}\n\n## Rubrik ${i}\n\nText <script>alert(${i})</script>`),
      ...Array.from({ length: 200 }, (_, i) => `## Rubrik ${i}\n\n[länk](/vagledning/${i})`),
    ];
    for (const round of [texts, [...texts].reverse()])
      for (const text of round) expect(renderMarkdownCached(text)).toBe(renderMarkdown(text));
    expect(renderMarkdownCached(texts[7]!)).toContain('<h2 id="user-content-rubrik-7">Rubrik 7</h2>');
    expect(renderMarkdownCached(texts[7]!)).not.toContain('<script');
  });

  it('keeps at most 300 texts and lets the least recently used go', () => {
    const { cache } = watchCache();
    const texts = Array.from({ length: 400 }, (_, i) => `Stycke nummer ${i} som bara finns här.`);
    for (const text of texts) renderMarkdownCached(text);
    expect(cache().size).toBeLessThanOrEqual(300);
    expect(cache().has(texts[0]!)).toBe(false);
    for (const text of texts.slice(-5)) expect(cache().peek(text)).toBe(renderMarkdown(text));
  });

  it('renders long texts without keeping them', () => {
    const { set } = watchCache();
    const long = `${'Ett stycke text. '.repeat(4000)}\n\n## Slut`;
    expect(renderMarkdownCached(long)).toBe(renderMarkdown(long));
    expect(set).not.toHaveBeenCalled();
  });
});
