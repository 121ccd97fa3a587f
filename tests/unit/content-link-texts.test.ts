import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

// A link's visible text says where it leads, in words: "checklistan för artikel 6", not
// "/checklista" or "www.imy.se". A bare path or address tells a screen-reader user (who often
// lists a page's links) nothing, and it reads badly aloud. This covers every content file, the
// Markdown body and every text in the frontmatter (not the source addresses).

const root = path.resolve(import.meta.dirname, '../../content');

type MdNode = { type: string; value?: string; url?: string; children?: MdNode[] };

const parser = unified().use(remarkParse).use(remarkGfm);

function contentFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return contentFiles(file);
      return name.endsWith('.md') && name !== 'README.md' ? [file] : [];
    });
}

// Frontmatter fields that hold an address or a file, not text for a reader.
const addressFields = new Set(['url', 'video', 'captions']);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => (addressFields.has(key) ? [] : strings(v)));
  return [];
}

const textOf = (node: MdNode): string => (node.value ?? '') + (node.children ?? []).map(textOf).join('');

/** A path (/checklista, ./sida), an address (https://…, www.…, mailto:…) or a domain (imy.se). */
export function isBarePathOrUrl(text: string): boolean {
  const t = text.trim();
  return (
    /^(\/|\.{1,2}\/|#)\S*$/.test(t) ||
    /^(https?:\/\/|www\.|mailto:|tel:)/i.test(t) ||
    /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.(se|eu|com|org|net|nu|int)(\/\S*)?$/iu.test(t)
  );
}

// Only text that can hold a link is parsed: an inline link, an autolink or a bare address.
const mayLink = /\]\(|<|https?:|www\./i;

function bareLinkTexts(markdown: string): string[] {
  if (!mayLink.test(markdown)) return [];
  const found: string[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'link') {
      const text = textOf(node).trim();
      if (isBarePathOrUrl(text)) found.push(`[${text}](${node.url})`);
      return;
    }
    node.children?.forEach(walk);
  };
  walk(parser.parse(markdown) as MdNode);
  return found;
}

describe('link texts say where the link leads, in words', () => {
  it('recognises bare paths and addresses', () => {
    for (const bare of [
      '/checklista',
      '/vagledning/for-chefer',
      'https://www.imy.se',
      'www.digg.se',
      'imy.se',
      'mailto:dpo@example.se',
    ])
      expect(isBarePathOrUrl(bare), bare).toBe(true);
    for (const words of [
      'Checklistan för artikel 6',
      'Integritetsskyddsmyndighetens webbplats',
      'SKR:s vägledning i tio steg',
      'Steg 9–10',
    ])
      expect(isBarePathOrUrl(words), words).toBe(false);
    expect(bareLinkTexts('Se [/checklista](/checklista), <https://skr.se> och https://www.imy.se.')).toHaveLength(3);
    expect(bareLinkTexts('Se [checklistan för artikel 6](/checklista).')).toEqual([]);
  });

  it('has no link in any content file whose visible text is a bare path or address', () => {
    const files = contentFiles(root);
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) => {
      const { data, content } = matter(readFileSync(file, 'utf8'));
      const found = [content, ...strings(data)].flatMap(bareLinkTexts);
      return found.map((link) => `${path.relative(root, file)}: ${link}`);
    });
    expect(problems, `Skriv vart länken leder, med ord:\n${problems.join('\n')}`).toEqual([]);
  });
});
