// The portal's languages and how a request's language is chosen. Pure and free of Node APIs: the
// proxy (proxy.ts), the layouts and the unit tests use it. README, "Språk".

export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'sv';

/** The cookie the language switch, the account page and sign-in write (a year). */
export const LOCALE_COOKIE = 'sprak';
export const LOCALE_COOKIE_SECONDS = 365 * 24 * 60 * 60;
/** The request header the proxy hands a page's language in; next-intl reads it in pages rendered per request. */
export const LOCALE_HEADER = 'x-next-intl-locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** A route's `[locale]` segment (which the proxy set) as a language, Swedish for anything else. */
export const localeOf = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);

/**
 * The browser asks for English first: the first language it lists that the portal has is English
 * ("en", "en-GB", also after languages the portal does not have, as in "de, en;q=0.8"). Browsers
 * list languages in the order of their weights, which are not read. nginx chooses which kept page
 * to serve by this same expression (deploy/nginx/portal.conf; a unit test holds the two equal), so
 * a page kept for Swedish readers is never served to English ones.
 */
export const BROWSER_ENGLISH = /^(?:\s*(?!(?:sv|en)(?:[-;,\s]|$))[^,\s][^,]*,)*\s*en(?:[-;,\s]|$)/i;

/**
 * The query parameter with which an address names its language (`/vagledning/x?sprak=en`): the
 * pages' `hreflang` alternates point there (lib/i18n/alternates.ts). It holds for that address
 * only; it is not remembered, and the language switch leads back to the address without it.
 */
export const LOCALE_PARAM = 'sprak';

/**
 * The language of a request: the one its address names (LOCALE_PARAM), else the reader's choice
 * (the cookie, which signing in sets from the account's preference), else the browser's first
 * language that the portal has, else Swedish.
 */
export function negotiateLocale({
  asked,
  cookie,
  acceptLanguage,
}: {
  asked?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(asked)) return asked;
  if (isLocale(cookie)) return cookie;
  return acceptLanguage && BROWSER_ENGLISH.test(acceptLanguage) ? 'en' : defaultLocale;
}

/** How each language is named in its own language (the switch offers the other one by this). */
export const localeNames: Record<Locale, string> = { sv: 'Svenska', en: 'English' };

/** The BCP 47 tag for dates and numbers. */
export const formatTags: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
