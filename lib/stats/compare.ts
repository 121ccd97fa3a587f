import { createTranslator } from 'use-intl/core';
import { messages } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { measures, type DisplayRow, type Measure } from './rollup';

// The comparison between organisations of one installation that chose to share their key figures
// (/statistik/jamfor): each organisation's whole-organisation figures for women, men and everyone,
// made under that organisation's own protection blocks (data/compare.ts), so nothing is shared
// that its own statistics would hide.

export type SharingOrganisation = { id: string; name: string; kind: 'KOMMUN' | 'REGION'; shareName: boolean };

const words = (locale: Locale) => createTranslator({ locale, messages: messages(locale), namespace: 'compare' });

/** A, B, …, Z, AA, AB, …: the letter of an organisation that shares its figures but not its name. */
export function letter(index: number): string {
  return (index >= 26 ? letter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));
}

/**
 * How each organisation is named to `ownId`: itself by name and marked, the others by name only
 * if they chose so, otherwise "Kommun A", "Region B" (lettered by id within each kind, so the
 * letter says nothing about the name and stays the same from one visit to the next).
 */
export function comparisonNames(
  orgs: readonly SharingOrganisation[],
  ownId: string,
  locale: Locale = defaultLocale,
): Map<string, string> {
  const t = words(locale);
  const names = new Map<string, string>();
  for (const kind of ['KOMMUN', 'REGION'] as const) {
    const anonymous = orgs
      .filter((o) => o.kind === kind && o.id !== ownId && !o.shareName)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    anonymous.forEach((o, i) => names.set(o.id, `${t(`kind.${kind}`)} ${letter(i)}`));
  }
  for (const o of orgs) {
    if (o.id === ownId) names.set(o.id, t('own', { name: o.name }));
    else if (o.shareName) names.set(o.id, o.name);
  }
  return names;
}

export type ComparisonTable = { measure: Measure; caption: string; rows: DisplayRow[] };

/**
 * The key figure the comparison shows, by its Swedish URL value (`?matt=`): one table of every
 * organisation at a time (300 organisations in three tables made a page of 1.4 MB).
 */
export const comparedMeasures = [
  { measure: 'completion', param: 'klart' },
  { measure: 'assigned', param: 'tilldelade' },
  { measure: 'overdue', param: 'forsenade' },
] as const satisfies readonly { measure: Measure; param: string }[];

/** The measure a `matt` value names; the first for none or an unknown one. */
export function comparedMeasure(param: string | string[] | undefined): Measure {
  return (comparedMeasures.find((m) => m.param === param) ?? comparedMeasures[0]).measure;
}

/** One organisation's whole-organisation row for each measure (rollup.ts, present). */
export type OrganisationFigures = Record<Measure, DisplayRow>;

export function buildComparison(input: {
  orgs: readonly SharingOrganisation[];
  ownId: string;
  figures: ReadonlyMap<string, OrganisationFigures>;
  locale?: Locale;
}): ComparisonTable[] {
  const { orgs, ownId, figures, locale = defaultLocale } = input;
  const t = words(locale);
  const names = comparisonNames(orgs, ownId, locale);
  const order = [...orgs].sort((a, b) => {
    const rank = (o: SharingOrganisation) => (o.id === ownId ? 0 : o.shareName ? 1 : 2);
    // Swedish order in both languages, so the tables are the same row for row.
    return rank(a) - rank(b) || names.get(a.id)!.localeCompare(names.get(b.id)!, 'sv');
  });
  return (Object.keys(measures) as Measure[]).map((measure) => ({
    measure,
    caption: t('caption', { measure: t(`measure.${measure}`) }),
    rows: order.map((o) => ({ ...figures.get(o.id)![measure], key: o.id, label: names.get(o.id)! })),
  }));
}
