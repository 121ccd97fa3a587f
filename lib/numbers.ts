import { defaultLocale, formatTags, type Locale } from '@/lib/i18n/config';

const counts = Object.fromEntries(
  Object.entries(formatTags).map(([locale, tag]) => [locale, new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })]),
) as Record<Locale, Intl.NumberFormat>;

/**
 * A count of people or records as the reader writes it: "196 501" in Swedish (a non-breaking
 * space), "196,501" in English.
 */
export const formatCount = (n: number, locale: Locale = defaultLocale) => counts[locale].format(n);
