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

/** The messages the browser gets: all but the mails' words, which only the server writes with. */
export function clientMessages(locale: Locale = defaultLocale): Omit<Messages, 'mail'> {
  return Object.fromEntries(Object.entries(catalogues[locale]).filter(([key]) => key !== 'mail')) as Omit<
    Messages,
    'mail'
  >;
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
