import { createTranslator } from 'use-intl/core';
import { audienceOrder, type Audience } from '@/lib/audiences';
import { messages } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import type { Protection } from './protection';
import { present, splitBy, type BaseRow, type DisplayRow, type Measure } from './rollup';

export type UnitInfo = { id: string; name: string; path: string; depth: number };

export type Table = {
  key: string;
  caption: string;
  groupLabel: string;
  measure: Measure;
  rows: DisplayRow[];
  average: DisplayRow;
};

/**
 * The statistics page's tables from the grouped rows: per administration (the top unit of each
 * person's unit), per audience and, when a unit is chosen, per unit below it. Each table has the
 * selection's average as its last row, for comparison.
 */
export function buildReport(input: {
  rows: readonly BaseRow[];
  units: readonly UnitInfo[];
  protection: Protection;
  selectedUnit?: UnitInfo;
  /** The language of the captions and labels (the reader's). */
  locale?: Locale;
}): Table[] {
  const { rows, units, protection, selectedUnit, locale = defaultLocale } = input;
  const t = createTranslator({ locale, messages: messages(locale), namespace: 'stats' });
  const audienceLabel = messages(locale).labels.audiencePlural;
  const byId = new Map(units.map((u) => [u.id, u]));
  const adminOf = (row: BaseRow) => {
    const rootId = byId.get(row.unitId)?.path.split('/')[1];
    const root = rootId ? byId.get(rootId) : undefined;
    return root ? { key: root.id, label: root.name } : null;
  };
  const administrations = splitBy(rows, adminOf).sort((a, b) => a.label.localeCompare(b.label, locale));
  // In the audiences' own order, whatever order the rows came in (a refreshed answer has its
  // refreshed units' rows last).
  const rank = (key: string) => audienceOrder.indexOf(key as Audience);
  const audiences = splitBy(rows, (r) => ({
    key: r.audience,
    label: audienceLabel[r.audience as Audience] ?? r.audience,
  })).sort((a, b) => rank(a.key) - rank(b.key));
  const total = { key: 'total', label: t('average'), rows: [...rows] };
  const table = (
    key: string,
    caption: string,
    groupLabel: string,
    measure: Measure,
    splits: typeof administrations,
  ): Table => ({
    key,
    caption,
    groupLabel,
    measure,
    rows: splits.map((s) => present(s, measure, protection)),
    average: present(total, measure, protection),
  });
  const administration = t('group.forvaltning');
  const tables = [
    table('forvaltning', t('caption.forvaltning'), administration, 'completion', administrations),
    table('tilldelade', t('caption.tilldelade'), administration, 'assigned', administrations),
    table('forsenade', t('caption.forsenade'), administration, 'overdue', administrations),
    table('malgrupp', t('caption.malgrupp'), t('group.malgrupp'), 'completion', audiences),
  ];
  if (selectedUnit) {
    const below = units.filter((u) => u.path.startsWith(selectedUnit.path));
    const child = (row: BaseRow) => {
      const path = byId.get(row.unitId)?.path ?? '';
      const unit =
        below.filter((u) => u.depth === selectedUnit.depth + 1 && path.startsWith(u.path))[0] ??
        (row.unitId === selectedUnit.id ? selectedUnit : undefined);
      return unit ? { key: unit.id, label: unit.name } : null;
    };
    tables.push(
      table(
        'enhet',
        t('caption.enhet', { unit: selectedUnit.name }),
        t('group.enhet'),
        'completion',
        splitBy(rows, child).sort((a, b) => a.label.localeCompare(b.label, locale)),
      ),
    );
  }
  return tables;
}

export type ChartDatum = {
  label: string;
  Kvinnor: number | null;
  Män: number | null;
  /** Where a value is hidden, a marked placeholder bar is drawn instead (never a bar of 0). */
  KvinnorDold: number | null;
  MänDold: number | null;
};

/** Bar heights (percent) for women and men; hidden values are marked as hidden, not drawn as 0. */
export function chartData(table: Table): ChartDatum[] {
  const percent = (c: DisplayRow['total']) => (c.hidden || c.share === null ? null : Math.round(c.share * 100));
  const placeholder = (c: DisplayRow['total']) => (c.hidden ? HIDDEN_BAR : null);
  return table.rows.map((r) => ({
    label: r.label,
    Kvinnor: percent(r.cells.KVINNA),
    Män: percent(r.cells.MAN),
    KvinnorDold: placeholder(r.cells.KVINNA),
    MänDold: placeholder(r.cells.MAN),
  }));
}

/** The placeholder's height: full, hatched and labelled "dold", so it cannot be read as a share. */
export const HIDDEN_BAR = 100;

export type TrendDatum = { label: string; Kvinnor: number | null; Män: number | null };

/** Line points (percent) per quarter, and which groups are hidden (the same in every quarter). */
export function trendData(trend: readonly DisplayRow[]): { data: TrendDatum[]; hidden: string[] } {
  const percent = (c: DisplayRow['total']) => (c.hidden || c.share === null ? null : Math.round(c.share * 100));
  const hidden = [
    ...(trend.some((r) => r.cells.KVINNA.hidden) ? ['Kvinnor'] : []),
    ...(trend.some((r) => r.cells.MAN.hidden) ? ['Män'] : []),
  ];
  return {
    data: trend.map((r) => ({ label: r.label, Kvinnor: percent(r.cells.KVINNA), Män: percent(r.cells.MAN) })),
    hidden,
  };
}
