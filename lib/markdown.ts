import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

export type Heading = { id: string; text: string; depth: number };

// Markdown → HTML, sanitised with GitHub's allow-list (no scripts, event handlers or
// javascript: links; raw HTML is dropped before it is parsed). Heading ids are added after
// sanitising so the table of contents can link to them.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: '' })
  .use(rehypeSlug)
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/** The ## and ### headings of rendered HTML, for a table of contents. */
export function headingsOf(html: string): Heading[] {
  const headings: Heading[] = [];
  for (const match of html.matchAll(/<h([23]) id="([^"]+)">([\s\S]*?)<\/h\1>/g)) {
    headings.push({ depth: Number(match[1]), id: match[2]!, text: match[3]!.replace(/<[^>]+>/g, '') });
  }
  return headings;
}
