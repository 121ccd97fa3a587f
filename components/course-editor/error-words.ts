'use client';

import { useLocale, useMessages, useTranslations } from 'next-intl';
import type { ErrorWords, FieldNames } from '@/lib/editor/error-location';
import { formatTags, type Locale } from '@/lib/i18n/config';

/** The words the course editor's error summary names a problem's place with, in the reader's language. */
export function useErrorWords(): ErrorWords {
  const t = useTranslations('editorLearning.errorWords');
  const locale = useLocale() as Locale;
  // The field names are whole tables of plain words (no arguments), read as they are from the
  // messages the area's layout sends; next-intl types only single messages.
  const { save, course, lesson, question, option, english } = (
    useMessages() as unknown as { editorLearning: { errorWords: FieldNames } }
  ).editorLearning.errorWords;
  return {
    names: { save, course, lesson, question, option, english },
    videoBody: t('videoBody'),
    lesson: (n, title) => (title ? t('lessonNamed', { n, title }) : t('lessonN', { n })),
    question: (n) => t('questionN', { n }),
    option: (n) => t('optionN', { n }),
    tag: formatTags[locale],
  };
}
