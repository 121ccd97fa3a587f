import { defaultLocale, type Locale } from './config';

/**
 * The `lang` a passage needs: none when it is written in the page's own language. Content is
 * written in Swedish unless it has a version in the reader's language (lib/learning/translations.ts).
 */
export function passageLang(page: Locale, written: Locale = defaultLocale): Locale | undefined {
  return written === page ? undefined : written;
}
