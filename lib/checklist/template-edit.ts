// Pure edits of a template snapshot, used by the editor in /redaktion/checklistor. Item keys are
// stable: an existing item keeps its key (organisations' statuses hang on it), so a change of
// wording never detaches an organisation's work from the item. A refusal that names a key is in
// `locale`, the editor's language (the action passes it); the fixed ones are translated by their text.
import { invalid } from '@/lib/errors';
import { defaultLocale, translator, type Locale } from '@/lib/i18n';
import {
  templateKeys,
  type TemplateItem,
  type TemplateSection,
  type TemplateSnapshot,
} from '@/lib/validation/checklist';

type SectionFields = Pick<TemplateSection, 'title' | 'commitment' | 'optional'>;

const refusal = (key: 'sectionMissing' | 'itemMissing' | 'keyTaken', values: { key: string }, locale: Locale) =>
  invalid(translator(locale)(`serverMessages.${key}`, values));

const findSection = (t: TemplateSnapshot, key: string, locale: Locale) => {
  const section = t.sections.find((s) => s.key === key);
  if (!section) throw refusal('sectionMissing', { key }, locale);
  return section;
};

/** Changes an existing item (it may move to another section), or adds a new one at the end of a section. */
export function upsertItem(
  t: TemplateSnapshot,
  input: { sectionKey: string; originalKey: string; item: TemplateItem },
  locale: Locale = defaultLocale,
): TemplateSnapshot {
  findSection(t, input.sectionKey, locale);
  const { item } = input;
  if (input.originalKey) {
    if (item.key !== input.originalKey)
      throw invalid('En punkts nyckel kan inte ändras: organisationernas arbete är kopplat till den.');
    if (!t.sections.some((s) => s.items.some((i) => i.key === item.key)))
      throw refusal('itemMissing', { key: item.key }, locale);
  } else if (templateKeys(t.sections).includes(item.key)) {
    throw refusal('keyTaken', { key: item.key }, locale);
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
export function removeItem(t: TemplateSnapshot, key: string, locale: Locale = defaultLocale): TemplateSnapshot {
  const section = t.sections.find((s) => s.items.some((i) => i.key === key));
  if (!section) throw refusal('itemMissing', { key }, locale);
  if (section.items.length === 1)
    throw invalid('Ett avsnitt måste ha minst en punkt. Lägg till en ny punkt innan du tar bort den sista.');
  return { ...t, sections: t.sections.map((s) => ({ ...s, items: s.items.filter((i) => i.key !== key) })) };
}

export function updateSection(
  t: TemplateSnapshot,
  key: string,
  fields: SectionFields,
  locale: Locale = defaultLocale,
): TemplateSnapshot {
  findSection(t, key, locale);
  return { ...t, sections: t.sections.map((s) => (s.key === key ? { ...s, ...fields } : s)) };
}
