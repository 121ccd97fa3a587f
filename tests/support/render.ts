import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ComponentProps, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { messages } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/config';

/**
 * A component's markup as a page renders it, inside the catalogue's provider in a language
 * (Swedish unless asked), with React's text separators dropped.
 */
export const renderIn = (element: ReactElement, locale: Locale = 'sv') =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      // The provider's props type asks for children in them; React gets them as the third argument.
      { locale, messages: messages(locale), timeZone: 'Europe/Stockholm' } as ComponentProps<
        typeof NextIntlClientProvider
      >,
      element,
    ),
  ).replaceAll('<!-- -->', '');
