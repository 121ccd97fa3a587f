import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SnippetText } from '@/components/guidance/snippet-text';
import { diffText } from '@/lib/guides/diff';
import { contentFromForm, formValuesFrom, guideMetaSchema, parseGuideForm } from '@/lib/validation/guide';

// The editor form as the server receives it, the meta stored with each revision, and the pieces
// that put editor or reader text on screen.
function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

const good = {
  slug: 'ny-sida',
  title: ' Ny sida ',
  summary: 'Kort.',
  body: '## Rubrik\r\n\r\nText.',
  topics: ['grunder', 'stereotyper'],
  audiences: ['chef'],
  skrStep: '',
  skrEdition: '',
  related: ['vad-ar-jamstalldhet'],
  sourceTitle: ['Källa', ''],
  sourcePublisher: ['SKR', ''],
  sourceUrl: ['https://skr.se/', ''],
  sourceDate: ['', ''],
  note: '',
};

describe('the guidance editor form', () => {
  it('reads repeated fields, drops empty source rows and stores clean meta', () => {
    const values = formValuesFrom(form(good));
    expect(values.sources).toEqual([{ title: 'Källa', publisher: 'SKR', url: 'https://skr.se/', date: '' }]);
    expect(values.body).toBe('## Rubrik\n\nText.');
    const parsed = parseGuideForm(values);
    expect(parsed.success).toBe(true);
    const content = contentFromForm(parsed.data!, '2026-11-28');
    expect(content).toEqual({
      title: 'Ny sida',
      summary: 'Kort.',
      body: '## Rubrik\n\nText.',
      meta: {
        topics: ['grunder', 'stereotyper'],
        audiences: ['chef'],
        updated: '2026-11-28',
        related: ['vad-ar-jamstalldhet'],
        sources: [{ title: 'Källa', publisher: 'SKR', url: 'https://skr.se/' }],
      },
    });
    expect(guideMetaSchema.safeParse(content.meta).success).toBe(true);
  });

  it.each([
    [{ slug: 'Stor Bokstav' }, 'slug'],
    [{ slug: 'åäö' }, 'slug'],
    [{ title: '   ' }, 'title'],
    [{ summary: 'x'.repeat(301) }, 'summary'],
    [{ topics: [] }, 'topics'],
    [{ audiences: ['okänd'] }, 'audiences'],
    [{ skrStep: '4' }, 'skrEdition'],
    [{ skrStep: '11', skrEdition: '2019' }, 'skrStep'],
    [{ sourceTitle: [''], sourcePublisher: [''], sourceUrl: [''], sourceDate: [''] }, 'sources'],
    [{ sourceUrl: ['javascript:alert(1)', ''] }, 'sources'],
    [{ sourceUrl: ['http://skr.se/', ''] }, 'sources'],
    [{ sourceDate: ['28/11/2026', ''] }, 'sources'],
  ])('refuses a bad field and names it (%#)', (change, field) => {
    const parsed = parseGuideForm(formValuesFrom(form({ ...good, ...change })));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => String(i.path[0]))).toContain(field);
  });

  it('accepts an SKR step with its edition', () => {
    const parsed = parseGuideForm(formValuesFrom(form({ ...good, skrStep: '4', skrEdition: '2023/24' })));
    expect(parsed.success && contentFromForm(parsed.data, '2026-11-28').meta).toMatchObject({
      skrStep: 4,
      skrEdition: '2023/24',
    });
  });
});

describe('text that reaches the screen', () => {
  it('escapes search snippets and marks only the matching words', () => {
    const html = renderToStaticMarkup(
      createElement(SnippetText, {
        segments: [
          { text: '<script>alert(1)</script> om ', mark: false },
          { text: 'stereotyper', mark: true },
        ],
      }),
    );
    expect(html).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; om <mark class="rounded-sm bg-amber-100 px-0.5 text-slate-900">stereotyper</mark>',
    );
  });

  it('shows changed paragraphs word by word and folds long unchanged stretches', () => {
    const before = ['Ett.', 'Två.', 'Tre.', 'Fyra.', 'Fem.', 'Kommunen har en plan.'].join('\n\n');
    const after = ['Ett.', 'Två.', 'Tre.', 'Fyra.', 'Fem.', 'Kommunen har en ny plan.'].join('\n\n');
    const blocks = diffText(before, after);
    expect(blocks[0]).toEqual({ kind: 'skipped', count: 4 });
    expect(blocks[1]).toEqual({ kind: 'same', text: 'Fem.' });
    expect(blocks[2]).toMatchObject({ kind: 'changed' });
    const parts = blocks[2]!.kind === 'changed' ? blocks[2]!.parts : [];
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['ny']);
    expect(parts.filter((p) => p.kind === 'removed')).toEqual([]);
    expect(diffText('Samma.', 'Samma.')).toEqual([]);
  });
});
