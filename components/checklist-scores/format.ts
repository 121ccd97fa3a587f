import { formatChange, formatScore } from '@/components/needs/format';

/** "2,6" for a mean, "–" for none. */
export const scoreText = (mean: number | null) => (mean === null ? '–' : formatScore(mean));

/** "(+0,4 sedan förra)" beside a total; nothing for a first round. */
export const changeText = (change: number | null) =>
  change === null ? '' : change === 0 ? '(oförändrat sedan förra)' : `(${formatChange(change)} sedan förra)`;
