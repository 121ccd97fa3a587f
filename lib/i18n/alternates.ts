import type { Metadata } from 'next';
import { LOCALE_PARAM, defaultLocale, locales, type Locale } from './config';

/**
 * A public page's `hreflang` alternates: the same address once per language it has, with the
 * language named in the address (`?sprak=en`, which the proxy obeys; lib/i18n/config.ts), and the
 * bare address as `x-default`, where the reader's own choice decides. Every page's interface is in
 * both languages; a page whose text exists only in Swedish (a guidance page without an English
 * version) names Swedish only, so search engines are not sent to Swedish text as English.
 */
export function languageAlternates(path: string, languages: readonly Locale[] = locales): Metadata['alternates'] {
  const named = Object.fromEntries(languages.map((locale) => [locale, `${path}?${LOCALE_PARAM}=${locale}`]));
  return { languages: { ...named, 'x-default': path } };
}

/** The languages a page with content in `written` has: Swedish always, and the reader's language when written in it. */
export const languagesOf = (written: Locale): Locale[] =>
  written === defaultLocale ? [defaultLocale] : [defaultLocale, written];
