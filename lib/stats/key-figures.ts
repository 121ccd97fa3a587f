import { MIN_GROUP } from './protection';
import type { DisplayCell, DisplayRow, Measure } from './rollup';

// The organisation's shared key figures in a documented, machine-readable form (README,
// "Nyckeltal för jämförelse"), so they can be compared with organisations in other installations.
// Hidden figures stay hidden here: the file holds exactly what the comparison shows.

export const KEY_FIGURES_SCHEMA = 'jamstalldhetsportalen/nyckeltal/v1';

type Figure =
  | { shown: true; numerator: number; denominator: number; share: number | null }
  | { shown: false; reason: 'small' | 'protects' };

const groups = { women: 'KVINNA', men: 'MAN' } as const;

function figure(cell: DisplayCell): Figure {
  if (cell.hidden) return { shown: false, reason: cell.reason };
  const share = cell.share === null ? null : Math.round(cell.share * 1000) / 1000;
  return { shown: true, numerator: cell.numerator, denominator: cell.denominator, share };
}

type KeyFigures = {
  organisation: { name: string; kind: 'KOMMUN' | 'REGION'; shareStatistics: boolean };
  computedAt: Date;
  figures: { measure: Measure; label: string; figures: DisplayRow }[];
};

export function keyFiguresJson({ organisation, computedAt, figures }: KeyFigures) {
  return {
    schema: KEY_FIGURES_SCHEMA,
    organisation: { name: organisation.name, kind: organisation.kind, shared: organisation.shareStatistics },
    computedAt: computedAt.toISOString(),
    minGroup: MIN_GROUP,
    measures: figures.map(({ measure, label, figures: row }) => ({
      key: measure,
      label,
      women: figure(row.cells[groups.women]),
      men: figure(row.cells[groups.men]),
      all: figure(row.total),
    })),
  };
}

/** One CSV row per measure and group, the same content as the JSON. */
export function keyFiguresRows(figures: KeyFigures['figures']) {
  return figures.flatMap(({ measure, label, figures: row }) =>
    (
      [
        ['kvinnor', row.cells.KVINNA],
        ['män', row.cells.MAN],
        ['alla', row.total],
      ] as const
    ).map(([group, cell]) => {
      const f = figure(cell);
      return {
        matt: measure,
        beskrivning: label,
        grupp: group,
        visas: f.shown ? 'ja' : 'nej',
        antal: f.shown ? f.numerator : '',
        av: f.shown ? f.denominator : '',
        andel_procent: f.shown && f.share !== null ? Math.round(f.share * 100) : '',
        dold_eftersom: f.shown ? '' : f.reason === 'small' ? 'färre än 5 personer' : 'skyddar en liten grupp',
      };
    }),
  );
}
