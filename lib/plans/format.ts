import { defaultLocale, formatTags, type Locale } from '@/lib/i18n/config';

// How a plan's figures read, on the page and in the PDF alike, in the reader's language. The words
// around them ("2,5 timmar", "250 000 kr") are the catalogues' (`plans.hours`, `plans.kronor`).

/** "250 000" (Swedish) or "250,000" (English), for `plans.kronor`. */
export const formatAmount = (kronor: number, locale: Locale = defaultLocale) =>
  kronor.toLocaleString(formatTags[locale]);

/** The month's name: "januari", "January". */
export const monthName = (month: number, locale: Locale = defaultLocale) =>
  new Intl.DateTimeFormat(formatTags[locale], { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, month - 1, 1));

export const activityKindFormKey = { COURSE: 'kurs', SESSION: 'gruppträff', OTHER: 'annat' } as const;
