import { en } from './en';
import { sv, type Messages } from './sv';

export type Locale = 'sv' | 'en';
export const defaultLocale: Locale = 'sv';

const catalogues: Record<Locale, Messages> = { sv, en };

/** The message catalogue for a locale (Swedish until the English locale is switched on). */
export function messages(locale: Locale = defaultLocale): Messages {
  return catalogues[locale];
}

export const t = messages();
