// Pure edits of a template's version in another language (the English page of the template editor,
// /redaktion/checklistor/<mall>/engelska), and how each of its texts stands against the Swedish.
// A saved text is stamped with the fingerprint of the Swedish text as it is now: saving says that
// the translation matches the Swedish the editor sees (lib/checklist/translations.ts).
import { invalid } from '@/lib/errors';
import { defaultLocale, translator, type Locale } from '@/lib/i18n';
import type { TemplateSnapshot, TemplateVersion } from '@/lib/validation/checklist';
import { headSource, itemSource, sectionSource } from './translations';

export type Block = { kind: 'head' } | { kind: 'section'; key: string } | { kind: 'item'; key: string };
export type HeadTexts = { title: string; summary: string; intro: string };
export type SectionTexts = { title: string; commitment: string };
export type ItemTexts = { title: string; explanation: string; example: string };
type Texts<B extends Block> = B extends { kind: 'head' }
  ? HeadTexts
  : B extends { kind: 'section' }
    ? SectionTexts
    : ItemTexts;

/** up to date: translated from the Swedish as it is now; outdated: the Swedish has changed since. */
export type TranslationStatus = 'current' | 'missing' | 'outdated';

export const statusOf = (translated: { source?: string } | undefined, swedishSource: string): TranslationStatus =>
  !translated?.source ? 'missing' : translated.source === swedishSource ? 'current' : 'outdated';

/** The status of the head, of each section and of each item, by key. */
export function translationStatuses(t: TemplateSnapshot, locale: Locale) {
  const version = t.translations?.[locale];
  return {
    head: statusOf(version?.title ? version : undefined, headSource(t)),
    sections: Object.fromEntries(t.sections.map((s) => [s.key, statusOf(version?.sections[s.key], sectionSource(s))])),
    items: Object.fromEntries(
      t.sections.flatMap((s) => s.items).map((i) => [i.key, statusOf(version?.items[i.key], itemSource(i))]),
    ),
  };
}

const empty: TemplateVersion = { sections: {}, items: {} };

/** The Swedish texts of a block, or a refusal naming its key in the editor's language. */
function swedishOf(t: TemplateSnapshot, block: Block, locale: Locale) {
  if (block.kind === 'head') return { source: headSource(t) };
  if (block.kind === 'section') {
    const section = t.sections.find((s) => s.key === block.key);
    if (section) return { source: sectionSource(section) };
  } else {
    const item = t.sections.flatMap((s) => s.items).find((i) => i.key === block.key);
    if (item) return { source: itemSource(item) };
  }
  const message = block.kind === 'section' ? 'sectionMissing' : 'itemMissing';
  throw invalid(translator(locale)(`serverMessages.${message}`, { key: block.key }));
}

function withVersion(t: TemplateSnapshot, language: Locale, version: TemplateVersion): TemplateSnapshot {
  return { ...t, translations: { ...t.translations, [language]: version } };
}

/** Sets a block's text in `language`, as a translation of the block's Swedish text as it is now. */
export function setTranslation<B extends Block>(
  t: TemplateSnapshot,
  input: { language: Locale; block: B; texts: Texts<B> },
  locale: Locale = defaultLocale,
): TemplateSnapshot {
  const { block, texts, language } = input;
  const { source } = swedishOf(t, block, locale);
  const version = t.translations?.[language] ?? empty;
  if (block.kind === 'head') {
    // An empty English introduction would hide the Swedish one from English readers.
    if (t.intro.trim() && !(texts as HeadTexts).intro.trim()) throw invalid('Skriv inledningen på engelska.');
    return withVersion(t, language, { ...version, ...(texts as HeadTexts), source });
  }
  const field = block.kind === 'section' ? 'sections' : 'items';
  return withVersion(t, language, { ...version, [field]: { ...version[field], [block.key]: { source, ...texts } } });
}

/**
 * Removes a block's text in `language`: readers of that language then get the Swedish text. The
 * language's version stays, if empty, so that seeding again never brings back what an editor removed.
 */
export function removeTranslation(
  t: TemplateSnapshot,
  input: { language: Locale; block: Block },
  locale: Locale = defaultLocale,
): TemplateSnapshot {
  const { block, language } = input;
  swedishOf(t, block, locale);
  const version = t.translations?.[language];
  if (!version) return t;
  if (block.kind === 'head') return withVersion(t, language, { sections: version.sections, items: version.items });
  const field = block.kind === 'section' ? 'sections' : 'items';
  const rest = Object.fromEntries(Object.entries(version[field]).filter(([key]) => key !== block.key));
  return withVersion(t, language, { ...version, [field]: rest });
}
