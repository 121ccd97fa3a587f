import 'server-only';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from './config';

export type LocaleParams = Promise<{ locale: string }>;

/**
 * The language of a prerendered layout or page (its [locale] segment), handed to next-intl for
 * this render. Each prerendered layout and page calls it before it translates anything: Next
 * renders them side by side, and one that did not would read the request's headers and stop the
 * page from being prerendered.
 */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
