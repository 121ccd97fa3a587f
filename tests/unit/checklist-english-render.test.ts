// The English page of a checklist template as a strategist sees it (one text block): the Swedish
// text read only and marked Swedish, the English inputs labelled and marked English, in a fieldset
// with a legend, and a way to remove the English only where there is some.
import path from 'node:path';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderIn } from '../support/render';

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('@/lib/auth/guards', () => ({ authorizeContentEditor: vi.fn() }));
vi.mock('@/lib/data/checklist-template-edits', () => ({ saveTemplateRevision: vi.fn() }));

const { EnglishBlock, itemTexts, headTexts } = await import('@/components/checklist-editor/english-block');
const { translationStatuses } = await import('@/lib/checklist/translation-edit');
const { loadChecklists } = await import('@/lib/content/loader');
const { snapshotFromContent } = await import('@/prisma/seed/checklists');

const content = path.resolve(import.meta.dirname, '../../content');
const template = snapshotFromContent(loadChecklists(content).find((c) => c.data.key === 'cemr-artikel-6')!);
const item = template.sections[1]!.items[3]!;
const ref = { templateId: 't1', version: 4 };

describe('a text block of the English page', () => {
  it('shows the Swedish marked Swedish beside the English inputs, labelled in the page’s language', () => {
    const block = (locale: 'sv' | 'en') =>
      renderIn(
        createElement(EnglishBlock, {
          ...ref,
          block: { kind: 'item', key: item.key },
          status: translationStatuses(template, 'en').items[item.key]!,
          texts: itemTexts(item, template.translations?.en),
        }),
        locale,
      );
    const en = block('en');
    expect(en).toContain(`<dd lang="sv" class="break-words whitespace-pre-wrap">${item.title}</dd>`);
    expect(en).toContain('<legend class="mb-2 font-semibold">The English text</legend>');
    expect(en).toMatch(/<label for="engelska-item-a2-intern-kommunikation-title"[^>]*>Heading in English<\/label>/);
    expect(en).toMatch(/<input id="engelska-item-a2-intern-kommunikation-title"[^>]*lang="en"/);
    expect(en).toMatch(/<textarea id="engelska-item-a2-intern-kommunikation-example"[^>]*lang="en"/);
    expect(en).toContain('name="key" value="a2-intern-kommunikation"');
    expect(en).toContain('Remove the English text');
    const sv = block('sv');
    expect(sv).toContain('Rubrik på engelska</label>');
    expect(sv).toContain('Spara den engelska texten');
  });

  it('says there is no introduction, in the page’s language, and offers no removal without English', () => {
    const page = renderIn(
      createElement(EnglishBlock, {
        ...ref,
        block: { kind: 'head' },
        status: 'missing',
        texts: headTexts({ ...template, intro: '' }, undefined),
      }),
      'en',
    );
    expect(page).toContain('<dd class="text-slate-700">(no introduction)</dd>');
    expect(page).not.toContain('Remove the English text');
    expect(page).not.toContain('name="key"');
  });
});
