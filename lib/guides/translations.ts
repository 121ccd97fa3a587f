import { z } from 'zod';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { textFingerprint } from '@/lib/i18n/fingerprint';
import { readTranslations } from '@/lib/learning/translations';

// A guidance page is written in Swedish; a language may have its own version of its title, summary
// and text, kept in the revision (`GuideRevision.translations`, {"en": {...}}), so each save and
// restore carries it. The version names the fingerprint of the Swedish text it was written from
// (`source`): when the Swedish page is rewritten, readers of the other language get the Swedish
// page, marked so, until an editor says the version matches again. Facts (topics, sources, SKR's
// step, related pages) are the Swedish page's.

export const guideTextSchema = z.object({
  source: z.string(),
  title: z.string().min(1),
  summary: z.string().min(1),
  body: z.string().min(1),
});
export type GuideText = z.infer<typeof guideTextSchema>;

type Texts = { title: string; summary: string; body: string };

/** The fingerprint of a Swedish page's texts as stored. */
export const guideSource = ({ title, summary, body }: Texts): string => textFingerprint([title, summary, body]);

/** A revision's versions (`GuideRevision.translations`), each stamped as written from the Swedish page as it is. */
export const stampedVersions = (swedish: Texts, versions: Partial<Record<Locale, Texts>>): string => {
  const source = guideSource(swedish);
  const stamped = Object.entries(versions).map(([locale, v]) => [
    locale,
    { source, title: v.title, summary: v.summary, body: v.body },
  ]);
  return JSON.stringify(Object.fromEntries(stamped));
};

/** The page's version in a language, whether or not it still matches the Swedish. */
export const guideVersion = (translations: string | null | undefined, locale: Locale): GuideText | undefined =>
  readTranslations(guideTextSchema, translations)[locale];

/** Whether a version was written from the Swedish page as it is now. */
export const versionMatches = (swedish: Texts, version: Pick<GuideText, 'source'>): boolean =>
  version.source === guideSource(swedish);

/** The page's texts in the reader's language where its version there matches the Swedish; `lang` says which. */
export function localizeGuide<T extends Texts & { translations: string }>(
  guide: T,
  locale: Locale,
): Omit<T, 'translations'> & { lang: Locale } {
  const { translations, ...swedish } = guide;
  const version = locale === defaultLocale ? undefined : guideVersion(translations, locale);
  if (!version || !versionMatches(guide, version)) return { ...swedish, lang: defaultLocale };
  return { ...swedish, title: version.title, summary: version.summary, body: version.body, lang: locale };
}
