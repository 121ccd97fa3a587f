import 'server-only';
import { translator } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { sectionNumbers } from './status';

// The checklist's section headings as plain text, for the action plan's PDF.

/** "Åtagande 2: …" for the article's commitments, "Frivilligt avsnitt: …" for the others. */
export function sectionHeadings(
  sections: readonly { title: string; optional: boolean }[],
  locale: Locale = defaultLocale,
) {
  const t = translator(locale);
  return sectionNumbers(sections).map((number, i) =>
    number === null
      ? `${t('checklist.optionalSection')}: ${sections[i]!.title}`
      : `${t('checklist.commitmentNumber', { number })}: ${sections[i]!.title}`,
  );
}
