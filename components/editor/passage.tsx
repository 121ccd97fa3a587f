import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

/**
 * The `t.rich` tag for content's title inside a message ("Edit: <name>…</name>"): guidance, courses
 * and paths are
 * edited in Swedish, so inside another language's page the title says so (WCAG 3.1.2).
 */
export function passageTag(locale: Locale) {
  const lang = passageLang(locale);
  return function Passage(chunks: ReactNode) {
    return lang ? <span lang={lang}>{chunks}</span> : chunks;
  };
}
