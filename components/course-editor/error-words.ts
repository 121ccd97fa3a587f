'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { ErrorWords } from '@/lib/editor/error-location';
import { formatTags, type Locale } from '@/lib/i18n/config';
import { editorLearningEn, editorLearningSv } from '@/lib/i18n/editor-learning';

// The field names are whole tables of plain words (no arguments), read from the catalogue as they
// are; next-intl types only single messages.
const names = { sv: editorLearningSv.errorWords, en: editorLearningEn.errorWords } satisfies Record<Locale, unknown>;

/** The words the course editor's error summary names a problem's place with, in the reader's language. */
export function useErrorWords(): ErrorWords {
  const t = useTranslations('editorLearning.errorWords');
  const locale = useLocale() as Locale;
  const { save, course, lesson, question, option } = names[locale];
  return {
    names: { save, course, lesson, question, option },
    videoBody: t('videoBody'),
    lesson: (n, title) => (title ? t('lessonNamed', { n, title }) : t('lessonN', { n })),
    question: (n) => t('questionN', { n }),
    option: (n) => t('optionN', { n }),
    tag: formatTags[locale],
  };
}
