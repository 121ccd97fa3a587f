// Competence needs per unit (issue 17, part 2) on concrete data: women and men are both shown
// where each has at least 5 answerers in whole protection blocks, so they can be compared, and a
// column is hidden, saying why, where one block has 4; the year-ago figures and the change; the
// largest needs named at the top of the page.
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { NeedsSummary } from '@/components/needs/needs-summary';
import { NeedsTables } from '@/components/needs/needs-tables';
import type { Locale } from '@/lib/i18n/config';
import { buildProtection, type Atom } from '@/lib/stats/protection';
import { renderIn } from '../support/render';
import { buildNeeds, largestNeeds, type NeedsInputRow, type ScoreCell } from '@/lib/self-assessment/needs';

const units = [
  { id: 'u0', name: 'Omsorgsförvaltningen', path: '/u0/', depth: 0 },
  { id: 'u1', name: 'Hemtjänsten', path: '/u0/u1/', depth: 1 },
  { id: 'u2', name: 'Äldreboendet', path: '/u0/u2/', depth: 1 },
];
const areas = [
  { key: 'grunder', title: 'Vad jämställdhet är' },
  { key: 'analys', title: 'Analys av den egna verksamheten' },
];

type Spec = {
  unitId: string;
  gender: 'KVINNA' | 'MAN';
  people: number;
  answered: number;
  then?: number;
  changed?: number;
};
/** Every answerer scores `grunder` 3 and `analys` 2 now; a year ago everyone scored 1 in both. */
const row = (s: Spec): NeedsInputRow => {
  const then = s.then ?? 0;
  return {
    unitId: s.unitId,
    gender: s.gender,
    audience: 'EMPLOYEE',
    people: s.people,
    answered: s.answered,
    answeredThen: then,
    changed: s.changed ?? s.answered - then,
    areas: {
      grunder: {
        now: { answered: s.answered, sum: 3 * s.answered, low: 0 },
        then: { answered: then, sum: then, low: then },
      },
      analys: {
        now: { answered: s.answered, sum: 2 * s.answered, low: s.answered },
        then: { answered: then, sum: then, low: then },
      },
    },
  };
};

const build = (specs: Spec[], selected?: string) => {
  const rows = specs.map(row);
  const atoms: Atom[] = rows.map((r) => ({
    unitId: r.unitId,
    gender: r.gender,
    audience: r.audience,
    people: r.people,
  }));
  const protection = buildProtection(atoms, units);
  return buildNeeds({ rows, units, areas, protection, selectedUnit: units.find((u) => u.id === selected) });
};

const shown = (cell: ScoreCell) => {
  if (cell.hidden) throw new Error(`hidden: ${cell.reason}`);
  return cell;
};

describe('needs per unit: women and men compared under the disclosure rule', () => {
  const specs: Spec[] = [
    { unitId: 'u1', gender: 'KVINNA', people: 6, answered: 5 },
    { unitId: 'u1', gender: 'MAN', people: 6, answered: 5 },
    { unitId: 'u2', gender: 'KVINNA', people: 5, answered: 5 },
    { unitId: 'u2', gender: 'MAN', people: 7, answered: 4 },
  ];

  it('shows women and men where each has 5 or more answerers in whole blocks', () => {
    const table = build(specs, 'u0');
    const home = table.rows.find((r) => r.key === 'u1')!;
    const grunder = home.areas.find((a) => a.key === 'grunder')!.cells;
    expect(shown(grunder.KVINNA.now)).toMatchObject({ answered: 5, mean: 3, lowShare: 0 });
    expect(shown(grunder.MAN.now)).toMatchObject({ answered: 5, mean: 3, lowShare: 0 });
    expect(shown(home.areas[1]!.cells.total.now)).toMatchObject({ answered: 10, mean: 2, lowShare: 1 });
    expect(home.counts.KVINNA.now).toEqual({ hidden: false, people: 6, answered: 5, share: 5 / 6 });
  });

  it('hides the scores of a group with a block of 4 answerers, and says why, but still counts its people', () => {
    const table = build(specs, 'u0');
    const care = table.rows.find((r) => r.key === 'u2')!;
    const cells = care.areas.find((a) => a.key === 'grunder')!.cells;
    expect(shown(cells.KVINNA.now).answered).toBe(5);
    expect(cells.MAN.now).toEqual({ hidden: true, reason: 'few-answers' });
    expect(cells.total.now).toEqual({ hidden: true, reason: 'few-answers' });
    expect(care.counts.MAN.now).toEqual({ hidden: false, people: 7, answered: 4, share: 4 / 7 });
    // The whole selection contains the same block: its men and its total are hidden too, or the
    // difference from the other unit's men would be the four.
    expect(table.total.areas[0]!.cells.MAN.now).toEqual({ hidden: true, reason: 'few-answers' });
    expect(shown(table.total.areas[0]!.cells.KVINNA.now).answered).toBe(10);
  });

  it('rows are the administrations without a unit filter, and hidden counts follow the protection blocks', () => {
    const table = build([...specs, { unitId: 'u1', gender: 'MAN', people: 0, answered: 0 }]);
    expect(table.rows.map((r) => r.label)).toEqual(['Omsorgsförvaltningen']);
    const small = build([
      { unitId: 'u1', gender: 'KVINNA', people: 6, answered: 6 },
      { unitId: 'u1', gender: 'MAN', people: 3, answered: 3 },
    ]);
    expect(small.rows[0]!.counts.MAN.now).toEqual({ hidden: true, reason: 'small' });
    expect(small.rows[0]!.areas[0]!.cells.MAN.now).toEqual({ hidden: true, reason: 'small' });
    expect(shown(small.rows[0]!.areas[0]!.cells.KVINNA.now).answered).toBe(6);
  });
});

describe('change since a year ago', () => {
  it('shows the year-ago scores and the change where both are shown', () => {
    const table = build([
      { unitId: 'u1', gender: 'KVINNA', people: 10, answered: 10, then: 5, changed: 5 },
      { unitId: 'u1', gender: 'MAN', people: 10, answered: 5, then: 5, changed: 0 },
    ]);
    const grunder = table.rows[0]!.areas[0]!.cells;
    expect(shown(grunder.KVINNA.then)).toMatchObject({ answered: 5, mean: 1 });
    expect(grunder.KVINNA.change).toBe(2);
    expect(grunder.MAN.change).toBe(2);
    expect(table.rows[0]!.counts.KVINNA.then).toEqual({ hidden: false, people: 10, answered: 5, share: 0.5 });
  });

  it('hides the year-ago scores when 1–4 people of a block answered since: the change would be about them', () => {
    const table = build([
      { unitId: 'u1', gender: 'KVINNA', people: 10, answered: 7, then: 5, changed: 2 },
      { unitId: 'u1', gender: 'MAN', people: 10, answered: 4, then: 0, changed: 4 },
    ]);
    const grunder = table.rows[0]!.areas[0]!.cells;
    expect(grunder.KVINNA.then).toEqual({ hidden: true, reason: 'few-changes' });
    expect(shown(grunder.KVINNA.now).answered).toBe(7);
    expect(grunder.KVINNA.change).toBeNull();
    expect(grunder.MAN.then).toEqual({ hidden: true, reason: 'few-answers' });
  });
});

describe('largest needs', () => {
  it('names the area with the lowest mean and the units where it is lowest', () => {
    const table = build(
      [
        { unitId: 'u1', gender: 'KVINNA', people: 6, answered: 5 },
        { unitId: 'u2', gender: 'KVINNA', people: 6, answered: 5 },
      ],
      'u0',
    );
    const [need, ...rest] = largestNeeds(table);
    expect(rest).toEqual([]);
    expect(need).toMatchObject({ key: 'analys', mean: 2 });
    expect(need!.units.map((u) => u.label)).toEqual(['Hemtjänsten', 'Äldreboendet']);
  });

  it("falls back on the rows' shown means when one small block hides the whole selection's", () => {
    const table = build(
      [
        { unitId: 'u1', gender: 'KVINNA', people: 6, answered: 5 },
        { unitId: 'u2', gender: 'MAN', people: 6, answered: 4 },
      ],
      'u0',
    );
    expect(table.total.areas[1]!.cells.total.now).toEqual({ hidden: true, reason: 'few-answers' });
    expect(largestNeeds(table)).toEqual([
      {
        key: 'analys',
        title: 'Analys av den egna verksamheten',
        mean: null,
        units: [{ key: 'u1', label: 'Hemtjänsten', mean: 2 }],
      },
    ]);
  });

  it('names nothing when no mean may be shown', () => {
    const table = build([{ unitId: 'u1', gender: 'KVINNA', people: 6, answered: 4 }]);
    expect(largestNeeds(table)).toEqual([]);
  });
});

/**
 * The markup as read, in a language (the page's catalogue): React's text separators dropped,
 * non-breaking spaces as spaces.
 */
const render = (element: React.ReactElement, locale: Locale = 'sv') =>
  renderIn(element, locale).replaceAll('\u00a0', ' ');

describe('the tables and summary of the page', () => {
  const table = build(
    [
      { unitId: 'u1', gender: 'KVINNA', people: 6, answered: 5 },
      { unitId: 'u1', gender: 'MAN', people: 6, answered: 5 },
      { unitId: 'u2', gender: 'KVINNA', people: 5, answered: 5 },
      { unitId: 'u2', gender: 'MAN', people: 7, answered: 4 },
    ],
    'u0',
  );

  it('shows women and men with headers for screen readers, and says why a cell is hidden', () => {
    const html = render(createElement(NeedsTables, { table, groupLabel: 'Enhet' }));
    expect(html).toContain('<caption');
    expect(html).toContain('Analys av den egna verksamheten: medelvärde 1–4 och andel som behöver stöd, per kön');
    expect(html).toMatch(/<th scope="col"[^>]*>Kvinnor<\/th>/);
    expect(html).toMatch(/<th scope="row"[^>]*>Äldreboendet<\/th>/);
    expect(html).toContain('dold – färre än 5 har svarat');
    expect(html).toContain('2,0');
    expect(html).toContain('100 % behöver stöd');
    expect(html).toContain('overflow-x-auto');
    expect(html).toMatch(/<th scope="row"[^>]*>Hela urvalet<\/th>/);

    // In English: the same cells, hidden for the same reasons; the area's Swedish title marked so.
    const english = render(createElement(NeedsTables, { table, groupLabel: 'Unit' }), 'en');
    expect(english).toContain('Analys av den egna verksamheten: average 1–4 and share who need support, by sex');
    expect(english).toMatch(/<h2 [^>]*lang="sv"[^>]*>Analys av den egna verksamheten<\/h2>/);
    expect(english).toMatch(/<th scope="col"[^>]*>Women<\/th>/);
    expect(english).toMatch(/<th scope="row"[^>]*>The whole selection<\/th>/);
    expect(english).toContain('hidden – fewer than 5 have answered');
    expect(english).toContain('2.0');
    expect(english).toContain('100% need support');
    const hidden = (text: string) => text.match(/dold – [^<]+|hidden – [^<]+/g)!.length;
    expect(hidden(english)).toBe(hidden(html));
  });

  it('names the largest need in words and offers the actions the viewer may take', () => {
    const women = build(
      [
        { unitId: 'u1', gender: 'KVINNA', people: 6, answered: 5 },
        { unitId: 'u2', gender: 'KVINNA', people: 6, answered: 5 },
      ],
      'u0',
    );
    const needs = largestNeeds(women).map((n) => ({
      ...n,
      course: { id: 'c1', slug: 'analys-kurs', title: 'Analysera' },
    }));
    expect(needs).toHaveLength(1);
    const html = render(createElement(NeedsSummary, { needs, canAssign: true, canPlan: true }));
    expect(html).toContain('Lägst skattning har området <strong>Analys av den egna verksamheten</strong>');
    expect(html).toContain('Lägst är det i Hemtjänsten (2,0) och Äldreboendet (2,0).');
    // One prefilled rule form per unit with the largest need.
    expect(html).toContain(
      'href="/chef/regler?kurs=analys-kurs&amp;enhet=u1#ny-regel">Tilldela kursen <span>Analysera</span> till Hemtjänsten',
    );
    expect(html).toContain(
      'href="/chef/regler?kurs=analys-kurs&amp;enhet=u2#ny-regel">Tilldela kursen <span>Analysera</span> till Äldreboendet',
    );
    expect(html).toContain('href="/chef/traffar/ny"');
    const viewOnly = render(createElement(NeedsSummary, { needs, canAssign: false, canPlan: false }));
    expect(viewOnly).not.toContain('/chef/');

    // In English, with the course's English title where it has one.
    const titles = new Map([['c1', { title: 'Analyse', lang: 'en' as const }]]);
    const english = render(createElement(NeedsSummary, { needs, canAssign: true, canPlan: true, titles }), 'en');
    expect(english).toContain(
      'The lowest rating is in the area <strong lang="sv">Analys av den egna verksamheten</strong>, with 2.0 on average',
    );
    expect(english).toContain('It is lowest in Hemtjänsten (2.0) and Äldreboendet (2.0).');
    expect(english).toContain(
      'href="/chef/regler?kurs=analys-kurs&amp;enhet=u1#ny-regel">Assign the course <span>Analyse</span> to Hemtjänsten',
    );
  });
});
