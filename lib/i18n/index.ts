import { createTranslator } from 'use-intl/core';
import { defaultLocale, type Locale } from './config';
import { en } from './en';
import { sv, type Messages } from './sv';

export { defaultLocale, isLocale, locales, type Locale } from './config';
export type { Messages };

const catalogues: Record<Locale, Messages> = { sv, en };

/** The message catalogue for a locale: what next-intl gets (lib/i18n/request.ts). */
export function messages(locale: Locale = defaultLocale): Messages {
  return catalogues[locale];
}

/** The staff areas whose words only their own pages' client components need (given there by the area's layout). */
export const areaNamespaces = {
  admin: ['adminPeople', 'adminRecords'],
  editor: ['editorGuides', 'editorLearning', 'editorTemplates'],
} as const satisfies Record<string, readonly (keyof Messages)[]>;

export type Area = keyof typeof areaNamespaces;
type AreaNamespace = (typeof areaNamespaces)[Area][number];
const notSent: ReadonlySet<string> = new Set<string>([
  'mail',
  'serverMessages',
  ...Object.values(areaNamespaces).flat(),
]);

/**
 * The messages the browser gets: all but the mails' words and the server's messages, which only the
 * server writes with, and the staff areas' words, which every other page would carry for nothing;
 * `area` adds its own.
 */
type ClientMessages = Omit<Messages, 'mail' | 'serverMessages' | AreaNamespace>;
// Made once per language and area: every page render asks for them.
const sent = new Map<string, ClientMessages>();

export function clientMessages(locale: Locale = defaultLocale, area?: Area): ClientMessages {
  const id = `${locale}:${area ?? ''}`;
  let picked = sent.get(id);
  if (!picked) {
    const own: ReadonlySet<string> = new Set(area ? areaNamespaces[area] : []);
    picked = Object.fromEntries(
      Object.entries(catalogues[locale]).filter(([key]) => !notSent.has(key) || own.has(key)),
    ) as ClientMessages;
    sent.set(id, picked);
  }
  return picked;
}

const translators = new Map<Locale, ReturnType<typeof makeTranslator>>();
const makeTranslator = (locale: Locale) => createTranslator({ locale, messages: messages(locale) });

/**
 * The whole catalogue's translator for code outside React (PDFs, CSV files), one per language.
 * `use-intl/core` is next-intl's own core, which also runs outside Next (README, "Språk").
 */
export function translator(locale: Locale = defaultLocale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale)));
  return t;
}
