import { textFingerprint as fingerprint } from '@/lib/i18n/fingerprint';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import type { TemplateVersion } from '@/lib/validation/checklist';

// A checklist template is written in Swedish; a language may have its own version of its texts,
// kept in the revision's snapshot (`translations: {"en": {...}}`), so every revision carries it and
// an editor's change to the Swedish never loses it. Only the texts are translated: keys, order,
// optional sections and linked courses stay the Swedish template's. Each translated text names a
// fingerprint of the Swedish text it was translated from (`source`): when an editor rewrites a
// Swedish item, English readers get that item in Swedish (with `lang="sv"`) until the English is
// brought up to date, never an English text that says something else.

type Head = { title: string; summary: string; intro: string };
type Section = { key: string; title: string; commitment: string; items: Item[] };
type Item = { key: string; title: string; explanation: string; example: string };
type Texts = Head & { sections: Section[] };

export const headSource = (t: Head) => fingerprint([t.title, t.summary, t.intro]);
export const sectionSource = (s: Pick<Section, 'title' | 'commitment'>) => fingerprint([s.title, s.commitment]);
export const itemSource = (i: Omit<Item, 'key'>) => fingerprint([i.title, i.explanation, i.example]);

/**
 * A version's texts with the fingerprints of the Swedish texts they translate. Both are read from
 * content/ (the loader has checked that they have the same sections and items).
 */
export function templateVersion(swedish: Texts, version: Texts): TemplateVersion {
  const items = swedish.sections.flatMap((s) => s.items);
  const versionItems = new Map(version.sections.flatMap((s) => s.items).map((i) => [i.key, i]));
  const versionSections = new Map(version.sections.map((s) => [s.key, s]));
  return {
    source: headSource(swedish),
    title: version.title,
    summary: version.summary,
    intro: version.intro,
    sections: Object.fromEntries(
      swedish.sections.flatMap((s) => {
        const v = versionSections.get(s.key);
        return v ? [[s.key, { source: sectionSource(s), title: v.title, commitment: v.commitment }]] : [];
      }),
    ),
    items: Object.fromEntries(
      items.flatMap((i) => {
        const v = versionItems.get(i.key);
        return v
          ? [[i.key, { source: itemSource(i), title: v.title, explanation: v.explanation, example: v.example }]]
          : [];
      }),
    ),
  };
}

/** The version's head where it translates the Swedish head as it is now (it may have none). */
function headOf(version: TemplateVersion | undefined, swedish: Head): Head | null {
  if (!version?.title || !version.summary || version.source !== headSource(swedish)) return null;
  return { title: version.title, summary: version.summary, intro: version.intro ?? '' };
}

type Lang = { lang: Locale };
type SnapshotLike = Head & {
  sections: (Section & { items: Item[] })[];
  translations?: Partial<Record<Locale, TemplateVersion>>;
};

export type Localized<T extends SnapshotLike> = Omit<T, 'translations' | 'sections'> &
  Lang & {
    sections: (Omit<T['sections'][number], 'items'> &
      Lang & { items: (T['sections'][number]['items'][number] & Lang)[] })[];
  };

/**
 * The template in the reader's language, text by text: the template's head, each section and each
 * item is the version's where it was translated from the Swedish text as it is now, else the
 * Swedish; `lang` says which.
 */
export function localizeTemplate<T extends SnapshotLike>(template: T, locale: Locale): Localized<T> {
  const { translations, ...rest } = template;
  const version = locale === defaultLocale ? undefined : translations?.[locale];
  const head = headOf(version, template);
  return {
    ...rest,
    ...(head ?? {}),
    lang: head ? locale : defaultLocale,
    sections: template.sections.map((s) => {
      const sv = version?.sections[s.key];
      const section = sv && sv.source === sectionSource(s) ? sv : null;
      return {
        ...s,
        ...(section ? { title: section.title, commitment: section.commitment } : {}),
        lang: section ? locale : defaultLocale,
        items: s.items.map((i) => {
          const iv = version?.items[i.key];
          const item = iv && iv.source === itemSource(i) ? iv : null;
          return item
            ? { ...i, title: item.title, explanation: item.explanation, example: item.example, lang: locale }
            : { ...i, lang: defaultLocale };
        }),
      };
    }),
  } as Localized<T>;
}

/**
 * An organisation's checklist is named after its template when it is opened ("<title>" or
 * "<title> – <administration>"); in another language the template's part follows the template
 * (`shown`, with its language). A name that no longer starts with the template's title is kept, in Swedish.
 */
export function checklistTitleIn(
  stored: string,
  swedishTitle: string,
  shown: { title: string; lang: Locale },
): { title: string; lang: Locale } {
  if (stored === swedishTitle) return shown;
  if (stored.startsWith(`${swedishTitle} – `))
    return { title: `${shown.title}${stored.slice(swedishTitle.length)}`, lang: shown.lang };
  return { title: stored, lang: defaultLocale };
}
