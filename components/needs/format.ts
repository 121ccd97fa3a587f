import { defaultLocale, formatTags, type Locale } from '@/lib/i18n/config';

// Number formats of the competence-needs page, in the reader's language (Swedish decimal comma).
const formats = (tag: string) => ({
  score: new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  change: new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
  pct: new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
});
const byLocale = { sv: formats(formatTags.sv), en: formats(formatTags.en) } satisfies Record<Locale, unknown>;

export const formatScore = (x: number, locale: Locale = defaultLocale) => byLocale[locale].score.format(x);
export const formatChange = (x: number, locale: Locale = defaultLocale) => byLocale[locale].change.format(x);
export const formatShare = (x: number, locale: Locale = defaultLocale) => byLocale[locale].pct.format(x);
