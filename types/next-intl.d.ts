// next-intl knows the portal's languages and message keys: a key missing from the Swedish
// catalogue (lib/i18n/sv.ts) is a type error where it is used.
import type { Locale } from '@/lib/i18n/config';
import type { Messages as Catalogue } from '@/lib/i18n/sv';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Catalogue;
  }
}
