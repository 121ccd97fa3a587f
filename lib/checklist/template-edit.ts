// Pure edits of a template snapshot, used by the editor in /redaktion/checklistor. Item keys are
// stable: an existing item keeps its key (organisations' statuses hang on it), so a change of
// wording never detaches an organisation's work from the item.
import { invalid } from '@/lib/errors';
import {
  templateKeys,
  type TemplateItem,
  type TemplateSection,
  type TemplateSnapshot,
} from '@/lib/validation/checklist';

type SectionFields = Pick<TemplateSection, 'title' | 'commitment' | 'optional'>;

const findSection = (t: TemplateSnapshot, key: string) => {
  const section = t.sections.find((s) => s.key === key);
  if (!section) throw invalid(`Avsnittet "${key}" finns inte i mallen.`);
  return section;
};

/** Changes an existing item (it may move to another section), or adds a new one at the end of a section. */
export function upsertItem(
  t: TemplateSnapshot,
  input: { sectionKey: string; originalKey: string; item: TemplateItem },
): TemplateSnapshot {
  findSection(t, input.sectionKey);
  const { item } = input;
  if (input.originalKey) {
    if (item.key !== input.originalKey)
      throw invalid('En punkts nyckel kan inte ändras: organisationernas arbete är kopplat till den.');
    if (!t.sections.some((s) => s.items.some((i) => i.key === item.key)))
      throw invalid(`Punkten "${item.key}" finns inte i mallen.`);
  } else if (templateKeys(t.sections).includes(item.key)) {
    throw invalid(`Nyckeln "${item.key}" används redan i mallen. Välj en annan.`);
  }
  const sections = t.sections.map((s) => {
    const without = s.items.filter((i) => i.key !== item.key);
    if (s.key !== input.sectionKey) return { ...s, items: without };
    const at = s.items.findIndex((i) => i.key === item.key);
    const items = at >= 0 ? s.items.map((i) => (i.key === item.key ? item : i)) : [...without, item];
    return { ...s, items };
  });
  if (sections.some((s) => s.items.length === 0)) throw invalid('Ett avsnitt måste ha minst en punkt.');
  return { ...t, sections };
}

/** Removes an item from the template. Organisations' status rows for it are kept, only hidden. */
export function removeItem(t: TemplateSnapshot, key: string): TemplateSnapshot {
  const section = t.sections.find((s) => s.items.some((i) => i.key === key));
  if (!section) throw invalid(`Punkten "${key}" finns inte i mallen.`);
  if (section.items.length === 1)
    throw invalid('Ett avsnitt måste ha minst en punkt. Lägg till en ny punkt innan du tar bort den sista.');
  return { ...t, sections: t.sections.map((s) => ({ ...s, items: s.items.filter((i) => i.key !== key) })) };
}

export function updateSection(t: TemplateSnapshot, key: string, fields: SectionFields): TemplateSnapshot {
  findSection(t, key);
  return { ...t, sections: t.sections.map((s) => (s.key === key ? { ...s, ...fields } : s)) };
}
