import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Markdown → the plain text a reader sees (for the search index and its snippets): link targets,
// emphasis marks and list bullets go; each block becomes one line.
type MdNode = { type: string; value?: string; depth?: number; children?: MdNode[] };

const parser = unified().use(remarkParse).use(remarkGfm);

const blockTypes = new Set(['paragraph', 'heading', 'tableCell', 'code', 'html']);

function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

export type PlainText = { text: string; headings: string[] };

export function plainTextOf(markdown: string): PlainText {
  const blocks: string[] = [];
  const headings: string[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'html' || node.type === 'code') return;
    if (blockTypes.has(node.type)) {
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (!text) return;
      blocks.push(text);
      if (node.type === 'heading') headings.push(text);
      return;
    }
    node.children?.forEach(walk);
  };
  walk(parser.parse(markdown) as MdNode);
  return { text: blocks.join('\n'), headings };
}
