import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { LRUCache } from 'lru-cache';

export type Heading = { id: string; text: string; depth: number };

/**
 * Every id and name in rendered Markdown starts with this. A heading named like one of the page's
 * own element ids (`## __next_f`) would otherwise shadow a global the page's scripts read (DOM
 * clobbering) and break the page and the editor's preview.
 */
export const ID_PREFIX = defaultSchema.clobberPrefix!;

type Node = { type: string; properties?: Record<string, unknown>; children?: Node[] };

/** In-page links (`[see](#sources)`, footnotes) point at the prefixed ids the sanitiser writes. */
function prefixFragmentLinks() {
  const walk = (node: Node) => {
    const href = node.properties?.href;
    if (typeof href === 'string' && href.length > 1 && href.startsWith('#'))
      node.properties!.href = `#${ID_PREFIX}${href.slice(1)}`;
    node.children?.forEach(walk);
  };
  return walk;
}

// Markdown → HTML, sanitised with GitHub's allow-list (no scripts, event handlers or
// javascript: links; raw HTML is dropped before it is parsed). Ids are added first (headings;
// footnotes without their own prefix) and the sanitiser, the last step, prefixes every id and
// name, so nothing added after it can escape the allow-list.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { clobberPrefix: '' })
  .use(rehypeSlug)
  .use(prefixFragmentLinks)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

// Rendering a 2 kB lesson takes 10–30 ms, more than the rest of a lesson page, and the server
// renders the same few published texts on every request: keep the latest results (the output
// depends on the text alone).
const CACHE_MAX_LENGTH = 50_000;
const rendered = new LRUCache<string, string>({ max: 300 });

/** renderMarkdown for the server's pages, remembering recent texts (not for the live preview). */
export function renderMarkdownCached(markdown: string): string {
  const hit = rendered.get(markdown);
  if (hit !== undefined) return hit;
  const html = renderMarkdown(markdown);
  if (markdown.length <= CACHE_MAX_LENGTH) rendered.set(markdown, html);
  return html;
}

/** The ## and ### headings of rendered HTML, for a table of contents. */
export function headingsOf(html: string): Heading[] {
  const headings: Heading[] = [];
  for (const match of html.matchAll(/<h([23]) id="([^"]+)">([\s\S]*?)<\/h\1>/g)) {
    headings.push({
      depth: Number(match[1]),
      id: decodeEntities(match[2]!),
      text: decodeEntities(match[3]!.replace(/<[^>]+>/g, '')),
    });
  }
  return headings;
}

// The headings are shown as React text, which escapes on its own: undo the HTML escaping.
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] !== '#') return named[code.toLowerCase()] ?? entity;
    const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
    return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
  });
}
