// The CEMR Article 6 template in English (issue 21): loaded from content/checklists/en beside the
// Swedish file, kept in every revision, shown text by text where it translates the Swedish text as
// it is now, and the Swedish text (marked Swedish) where an editor has changed it since.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeItem, updateSection, upsertItem } from '@/lib/checklist/template-edit';
import { checklistTitleIn, localizeTemplate } from '@/lib/checklist/translations';
import { ContentError, loadChecklists } from '@/lib/content/loader';
import { templateSnapshotSchema } from '@/lib/validation/checklist';
import { snapshotFromContent } from '@/prisma/seed/checklists';

const content = path.resolve(import.meta.dirname, '../../content');
const article6 = () => snapshotFromContent(loadChecklists(content).find((c) => c.data.key === 'cemr-artikel-6')!);
const items = (t: { sections: { items: { key: string }[] }[] }) => t.sections.flatMap((s) => s.items);

describe('the English version of the Article 6 template', () => {
  it('has every section and item of the Swedish template, in the Charter’s English words', () => {
    const template = article6();
    const english = template.translations?.en;
    expect(Object.keys(english?.sections ?? {})).toEqual(template.sections.map((s) => s.key));
    expect(Object.keys(english?.items ?? {})).toEqual(items(template).map((i) => i.key));
    expect(english?.title).toBe('CEMR Charter, Article 6: Combating stereotypes');
    // The commitment follows the Charter's own English text.
    expect(english?.sections.a1?.commitment).toContain('prejudices, practices and use of language and images');
  });

  it('is shown whole to an English reader, and not at all to a Swedish one', () => {
    const template = article6();
    const en = localizeTemplate(template, 'en');
    expect(en.lang).toBe('en');
    expect(en.title).toBe('CEMR Charter, Article 6: Combating stereotypes');
    expect(en.sections.every((s) => s.lang === 'en')).toBe(true);
    expect(en.sections.flatMap((s) => s.items).every((i) => i.lang === 'en')).toBe(true);
    expect(items(en).map((i) => i.key)).toEqual(items(template).map((i) => i.key));
    const sv = localizeTemplate(template, 'sv');
    expect(sv.title).toBe(template.title);
    expect(sv.sections[0]!.items[0]).toEqual({ ...template.sections[0]!.items[0], lang: 'sv' });
    expect(sv).not.toHaveProperty('translations');
  });

  it('shows a text in Swedish once an editor has changed the Swedish it translates', () => {
    const template = article6();
    const first = template.sections[0]!.items[0]!;
    const edited = upsertItem(template, {
      sectionKey: 'a1',
      originalKey: first.key,
      item: { ...first, explanation: 'En ny förklaring som säger något annat än förut.' },
    });
    const renamed = updateSection(edited, 'a2', {
      title: 'Kommunikation utan stereotyper',
      commitment: template.sections[1]!.commitment,
      optional: false,
    });
    // The edits keep the English version in the revision: the editor's save does not lose it.
    expect(templateSnapshotSchema.parse(renamed).translations).toEqual(template.translations);
    const en = localizeTemplate(renamed, 'en');
    const shown = en.sections[0]!.items[0]!;
    expect(shown).toMatchObject({
      lang: 'sv',
      title: first.title,
      explanation: 'En ny förklaring som säger något annat än förut.',
    });
    // The item beside it, and the section it is in, are still English.
    expect(en.sections[0]!.items[1]!.lang).toBe('en');
    expect(en.sections[0]!.lang).toBe('en');
    // The renamed section is Swedish, its items are still English.
    expect(en.sections[1]).toMatchObject({ lang: 'sv', title: 'Kommunikation utan stereotyper' });
    expect(en.sections[1]!.items.every((i) => i.lang === 'en')).toBe(true);
    // A new item has no English: it is Swedish.
    const added = upsertItem(renamed, {
      sectionKey: 'a1',
      originalKey: '',
      item: {
        key: 'a1-ny',
        title: 'Ny punkt',
        explanation: 'En förklaring av punkten.',
        example: 'Ett exempel på punkten.',
        linkedCourses: [],
      },
    });
    expect(localizeTemplate(added, 'en').sections[0]!.items.at(-1)).toMatchObject({ key: 'a1-ny', lang: 'sv' });
    // A removed item is simply not shown, in either language.
    expect(items(localizeTemplate(removeItem(added, 'a1-ny'), 'en')).some((i) => i.key === 'a1-ny')).toBe(false);
  });

  it('names an organisation’s checklist after the template in the reader’s language', () => {
    const sv = 'CEMR-deklarationen, artikel 6: Att motverka stereotyper';
    const en = 'CEMR Charter, Article 6: Combating stereotypes';
    const shown = { title: en, lang: 'en' as const };
    expect(checklistTitleIn(sv, sv, shown)).toEqual(shown);
    expect(checklistTitleIn(`${sv} – Socialförvaltningen`, sv, shown)).toEqual({
      title: `${en} – Socialförvaltningen`,
      lang: 'en',
    });
    // A checklist opened under an older title keeps its name, which is Swedish.
    expect(checklistTitleIn('Artikel 6 (gammal)', sv, shown)).toEqual({ title: 'Artikel 6 (gammal)', lang: 'sv' });
  });
});

describe('the loader', () => {
  function contentWith(change: (english: string) => string) {
    const root = mkdtempSync(path.join(tmpdir(), 'checklists-'));
    cpSync(path.join(content, 'checklists'), path.join(root, 'checklists'), { recursive: true });
    const file = path.join(root, 'checklists', 'en', 'cemr-artikel-6.md');
    writeFileSync(file, change(readFileSync(file, 'utf8')));
    return root;
  }

  it('refuses an English file whose sections or items differ from the Swedish file', () => {
    const cases = [
      (t: string) => t.replace('key: a1-handlingsplan', 'key: a1-plan'),
      (t: string) => t.replace('optional: true', 'optional: false'),
      (t: string) => t.replace('linkedCourses: [introduktion-jamstalldhetsintegrering]', 'linkedCourses: []'),
    ];
    for (const change of cases) {
      const root = contentWith(change);
      expect(() => loadChecklists(root)).toThrow(ContentError);
      expect(() => loadChecklists(root)).toThrow(
        /checklists\/en\/cemr-artikel-6\.md: .*ska vara desamma som i den svenska filen/,
      );
    }
  });

  it('takes a changed wording in the English file', () => {
    const root = contentWith((t) => t.replace('"CEMR Charter, Article 6: Combating stereotypes"', '"Article 6"'));
    expect(loadChecklists(root).find((c) => c.data.key === 'cemr-artikel-6')!.translations.en?.data.title).toBe(
      'Article 6',
    );
  });
});
