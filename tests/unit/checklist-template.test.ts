// The checklist template is data: the content file must give the four commitments of Article 6
// plus the optional care section, and the schema must refuse templates the machinery cannot use.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeItem, updateSection, upsertItem } from '@/lib/checklist/template-edit';
import { loadChecklists } from '@/lib/content/loader';
import { checklistFrontmatterSchema } from '@/lib/validation/content';
import { templateSnapshotSchema, type TemplateSnapshot } from '@/lib/validation/checklist';
import { snapshotFromContent } from '@/prisma/seed/checklists';

const root = path.resolve(import.meta.dirname, '../../content');
const article6 = loadChecklists(root).find((c) => c.data.key === 'cemr-artikel-6')!;

const snapshot = (): TemplateSnapshot => snapshotFromContent(article6);

describe('the Article 6 template', () => {
  it('covers the four commitments, each with concrete items, and an optional care section', () => {
    const sections = article6.data.sections;
    expect(sections.filter((s) => !s.optional).map((s) => s.key)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(sections.filter((s) => s.optional).map((s) => s.key)).toEqual(['vard']);
    expect(sections.flatMap((s) => s.items)).toHaveLength(23);
    for (const item of sections.flatMap((s) => s.items)) {
      expect(item.explanation.length, item.key).toBeGreaterThan(20);
      expect(item.example.length, item.key).toBeGreaterThan(20);
    }
  });

  it('links the training items to courses', () => {
    const item = article6.data.sections.flatMap((s) => s.items).find((i) => i.key === 'a3-utbildningsplan')!;
    expect(item.linkedCourses).toEqual(['konsstereotyper']);
  });

  it('makes a valid snapshot for the database', () => {
    expect(snapshot().sections).toHaveLength(5);
  });
});

describe('template schema', () => {
  const base = snapshot();

  it.each([
    [
      'a duplicate item key',
      {
        ...base,
        sections: [{ ...base.sections[0]!, items: [base.sections[0]!.items[0]!, base.sections[0]!.items[0]!] }],
      },
    ],
    ['a section without items', { ...base, sections: [{ ...base.sections[0]!, items: [] }] }],
    [
      'an item key that is not a slug',
      { ...base, sections: [{ ...base.sections[0]!, items: [{ ...base.sections[0]!.items[0]!, key: 'Å 1' }] }] },
    ],
    [
      'an item without an example',
      { ...base, sections: [{ ...base.sections[0]!, items: [{ ...base.sections[0]!.items[0]!, example: '' }] }] },
    ],
    [
      'the reserved key handlingsplan',
      {
        ...base,
        sections: [{ ...base.sections[0]!, items: [{ ...base.sections[0]!.items[0]!, key: 'handlingsplan' }] }],
      },
    ],
    ['an unknown field', { ...base, extra: 1 }],
  ])('refuses %s', (_label, input) => {
    expect(templateSnapshotSchema.safeParse(input).success).toBe(false);
  });

  it('refuses duplicate keys in a content file too', () => {
    const { data } = article6;
    const bad = { ...data, sections: [...data.sections, { ...data.sections[0]! }] };
    expect(checklistFrontmatterSchema.safeParse(bad).success).toBe(false);
  });
});

describe('template edits', () => {
  const base = snapshot();
  const item = {
    key: 'a1-ny-punkt',
    title: 'Ny punkt',
    explanation: 'Förklaring.',
    example: 'Exempel.',
    linkedCourses: [],
  };

  it('changes an item and keeps its key', () => {
    const edited = upsertItem(base, {
      sectionKey: 'a1',
      originalKey: 'a1-handlingsplan',
      item: { ...base.sections[0]!.items[1]!, title: 'Ny rubrik' },
    });
    expect(edited.sections[0]!.items[1]).toMatchObject({ key: 'a1-handlingsplan', title: 'Ny rubrik' });
    expect(() => upsertItem(base, { sectionKey: 'a1', originalKey: 'a1-handlingsplan', item: { ...item } })).toThrow(
      'nyckel kan inte ändras',
    );
  });

  it('adds an item with a new key and refuses a key in use', () => {
    expect(upsertItem(base, { sectionKey: 'a2', originalKey: '', item }).sections[1]!.items.at(-1)!.key).toBe(
      'a1-ny-punkt',
    );
    expect(() =>
      upsertItem(base, { sectionKey: 'a2', originalKey: '', item: { ...item, key: 'a3-utbildningsplan' } }),
    ).toThrow('används redan');
  });

  it('moves an item to another section', () => {
    const moved = upsertItem(base, {
      sectionKey: 'a4',
      originalKey: 'a1-handlingsplan',
      item: base.sections[0]!.items[1]!,
    });
    expect(moved.sections[0]!.items.map((i) => i.key)).not.toContain('a1-handlingsplan');
    expect(moved.sections[3]!.items.at(-1)!.key).toBe('a1-handlingsplan');
  });

  it('removes an item but never the last one of a section', () => {
    expect(removeItem(base, 'a1-handlingsplan').sections[0]!.items).toHaveLength(3);
    const single = { ...base, sections: [{ ...base.sections[0]!, items: [base.sections[0]!.items[0]!] }] };
    expect(() => removeItem(single, base.sections[0]!.items[0]!.key)).toThrow('minst en punkt');
  });

  it('updates a section', () => {
    expect(
      updateSection(base, 'vard', { title: 'Vård', commitment: 'Text', optional: false }).sections[4],
    ).toMatchObject({ title: 'Vård', optional: false });
    expect(() => updateSection(base, 'zz', { title: 'x', commitment: 'y', optional: false })).toThrow('finns inte');
  });
});
