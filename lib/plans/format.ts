import { defaultLocale, formatTags, type Locale } from '@/lib/i18n/config';

// How a plan's months read, on the page and in the PDF alike, in the reader's language. Amounts
// are counts (`formatCount`); the words around them ("250 000 kr") are the catalogues'.

const months = Object.fromEntries(
  Object.entries(formatTags).map(([locale, tag]) => [
    locale,
    new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

/** The month's name: "januari", "January". */
export const monthName = (month: number, locale: Locale = defaultLocale) =>
  months[locale].format(Date.UTC(2026, month - 1, 1));

export const activityKindFormKey = { COURSE: 'kurs', SESSION: 'gruppträff', OTHER: 'annat' } as const;
