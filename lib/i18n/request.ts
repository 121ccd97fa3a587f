import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { defaultLocale, locales } from './config';
import { messages } from './index';

// next-intl's configuration for each render: the language is the [locale] segment's
// (setRequestLocale, in prerendered pages) or the one proxy.ts chose (its request header).
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(locales, requested) ? requested : defaultLocale;
  return { locale, messages: messages(locale), timeZone: 'Europe/Stockholm' };
});
