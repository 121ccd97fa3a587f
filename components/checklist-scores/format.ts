import { useLocale, useTranslations } from 'next-intl';
import { formatChange, formatScore } from '@/components/needs/format';
import type { Locale } from '@/lib/i18n/config';

/** "2,6" for a mean ("2.6" in English), "–" for none. */
export const scoreText = (mean: number | null, locale?: Locale) => (mean === null ? '–' : formatScore(mean, locale));

/** The words of a round's figures in the reader's language: its mean and "(+0,4 sedan förra)" beside a total (nothing for a first round). */
export function useScoreWords() {
  const t = useTranslations('scores');
  const locale = useLocale() as Locale;
  return {
    t,
    locale,
    score: (mean: number | null) => scoreText(mean, locale),
    change: (change: number | null) =>
      change === null ? '' : change === 0 ? t('unchanged') : t('change', { change: formatChange(change, locale) }),
  };
}
