import { createTranslator } from 'use-intl/core';
import { messages } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { sectionNumbers } from './status';

// The checklist's words outside React (history lines, the action plan's CSV and PDF), one
// translator per language.

const made = new Map<Locale, ReturnType<typeof make>>();
const make = (locale: Locale) => createTranslator({ locale, messages: messages(locale) });

export function checklistWords(locale: Locale = defaultLocale) {
  let t = made.get(locale);
  if (!t) made.set(locale, (t = make(locale)));
  return t;
}

/** "Åtagande 2: …" for the article's commitments, "Frivilligt avsnitt: …" for the others. */
export function sectionHeadings(
  sections: readonly { title: string; optional: boolean }[],
  locale: Locale = defaultLocale,
) {
  const t = checklistWords(locale);
  return sectionNumbers(sections).map((number, i) =>
    number === null
      ? `${t('checklist.optionalSection')}: ${sections[i]!.title}`
      : `${t('checklist.commitmentNumber', { number })}: ${sections[i]!.title}`,
  );
}
