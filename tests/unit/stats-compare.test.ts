// Naming in the comparison between organisations, and the machine-readable key figures.
import { describe, expect, it } from 'vitest';
import { buildComparison, comparedMeasure, comparedMeasures, comparisonNames, letter } from '@/lib/stats/compare';
import { KEY_FIGURES_SCHEMA, keyFiguresJson, keyFiguresRows } from '@/lib/stats/key-figures';
import { buildProtection } from '@/lib/stats/protection';
import { measures, present, type BaseRow, type Measure } from '@/lib/stats/rollup';

const org = (id: string, name: string, kind: 'KOMMUN' | 'REGION', shareName: boolean) => ({
  id,
  name,
  kind,
  shareName,
});
const orgs = [
  org('c', 'Åby kommun', 'KOMMUN', false),
  org('a', 'Björby kommun', 'KOMMUN', false),
  org('b', 'Region Väst', 'REGION', false),
  org('d', 'Sjöby kommun', 'KOMMUN', true),
  org('e', 'Egen kommun', 'KOMMUN', false),
];
const row = (organisationId: string, unitId: string, gender: string, people: number, completers: number) => ({
  organisationId,
  unitId,
  gender,
  audience: 'EMPLOYEE',
  people,
  completers,
  completions: completers,
  assigned: 0,
  assignedDone: 0,
  overdue: 0,
});

describe('names in the comparison', () => {
  it("marks one's own, names those who chose it and letters the rest by id within each kind", () => {
    const names = comparisonNames(orgs, 'e');
    expect(names.get('e')).toBe('Egen kommun (er organisation)');
    expect(names.get('d')).toBe('Sjöby kommun');
    expect([names.get('a'), names.get('c'), names.get('b')]).toEqual(['Kommun A', 'Kommun B', 'Region A']);
    expect([...names.values()].join()).not.toMatch(/Åby|Björby|Väst/);
  });

  it('names them in English for an English reader, with the same letters, so nothing else changes', () => {
    const names = comparisonNames(orgs, 'e', 'en');
    expect(names.get('e')).toBe('Egen kommun (your organisation)');
    expect(names.get('d')).toBe('Sjöby kommun');
    expect([names.get('a'), names.get('c'), names.get('b')]).toEqual(['Municipality A', 'Municipality B', 'Region A']);
  });

  it('letters past Z', () => {
    expect([letter(0), letter(25), letter(26), letter(27), letter(701)]).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });

  it("puts one's own first, each organisation with the figures its own protection allows", () => {
    const rows: (BaseRow & { organisationId: string })[] = [
      row('e', 'e1', 'KVINNA', 8, 4),
      row('e', 'e1', 'MAN', 6, 3),
      row('d', 'd1', 'KVINNA', 12, 6),
      row('d', 'd1', 'MAN', 3, 3),
    ];
    const protections = new Map(
      ['e', 'd'].map((id) => [
        id,
        buildProtection(
          rows.filter((r) => r.organisationId === id),
          [{ id: `${id}1`, path: `/${id}1/` }],
        ),
      ]),
    );
    const input = {
      orgs: orgs.filter((o) => 'ed'.includes(o.id)),
      ownId: 'e',
      figures: new Map(
        ['e', 'd'].map((id) => {
          const split = { key: id, label: '', rows: rows.filter((r) => r.organisationId === id) };
          const of = (m: Measure) => present(split, m, protections.get(id)!);
          return [id, { completion: of('completion'), assigned: of('assigned'), overdue: of('overdue') }];
        }),
      ),
    };
    const [completion] = buildComparison(input);
    // In English: the same rows, cells and hidden cells in the same order; only the words differ.
    const english = buildComparison({ ...input, locale: 'en' });
    expect(english[0]!.caption).toBe('Has completed, by organisation and sex');
    const cellsOf = (tables: typeof english) =>
      tables.map((t) => t.rows.map((row) => ({ key: row.key, cells: row.cells, total: row.total })));
    expect(cellsOf(english)).toEqual(cellsOf(buildComparison(input)));
    expect(english[0]!.rows.map((r) => r.label)).toEqual(['Egen kommun (your organisation)', 'Sjöby kommun']);
    expect(completion!.caption).toBe('Har gått klart, per organisation och kön');
    expect(completion!.rows.map((r) => r.label)).toEqual(['Egen kommun (er organisation)', 'Sjöby kommun']);
    expect(completion!.rows[0]!.cells.MAN).toEqual({ hidden: false, numerator: 3, denominator: 6, share: 0.5 });
    expect(completion!.rows[1]!.cells.MAN).toEqual({ hidden: true, reason: 'small' });
    expect(completion!.rows[1]!.total).toEqual({ hidden: true, reason: 'protects' });
  });
});

describe('key figures for other installations', () => {
  const rows = [row('e', 'e1', 'KVINNA', 8, 4), row('e', 'e1', 'MAN', 2, 1)];
  const protection = buildProtection(rows, [{ id: 'e1', path: '/e1/' }]);
  const figures = [
    {
      measure: 'completion' as const,
      label: 'Har gått klart',
      figures: present({ key: 'x', label: 'E', rows }, 'completion', protection),
    },
  ];

  it('follow the documented JSON schema, with hidden figures hidden', () => {
    const json = keyFiguresJson({
      organisation: { name: 'Egen kommun', kind: 'KOMMUN', shareStatistics: true },
      computedAt: new Date('2026-12-01T10:00:00Z'),
      figures,
    });
    expect(json).toEqual({
      schema: KEY_FIGURES_SCHEMA,
      organisation: { name: 'Egen kommun', kind: 'KOMMUN', shared: true },
      computedAt: '2026-12-01T10:00:00.000Z',
      minGroup: 5,
      measures: [
        {
          key: 'completion',
          label: 'Har gått klart',
          women: { shown: true, numerator: 4, denominator: 8, share: 0.5 },
          men: { shown: false, reason: 'small' },
          all: { shown: false, reason: 'protects' },
        },
      ],
    });
  });

  it('give the same content as CSV rows, one per measure and group', () => {
    expect(keyFiguresRows(figures).map((r) => [r.grupp, r.visas, r.antal, r.andel_procent, r.dold_eftersom])).toEqual([
      ['kvinnor', 'ja', 4, 50, ''],
      ['män', 'nej', '', '', 'färre än 5 personer'],
      ['alla', 'nej', '', '', 'skyddar en liten grupp'],
    ]);
  });
});

describe('the measure the comparison shows', () => {
  it('is chosen by its Swedish URL value, and is the completion share for none or an unknown one', () => {
    expect(comparedMeasure('klart')).toBe('completion');
    expect(comparedMeasure('tilldelade')).toBe('assigned');
    expect(comparedMeasure('forsenade')).toBe('overdue');
    for (const other of [undefined, '', 'overdue', ['forsenade', 'klart'], 'FORSENADE'])
      expect(comparedMeasure(other)).toBe('completion');
  });

  it('offers every measure the comparison is built for, each once', () => {
    expect(comparedMeasures.map((m) => m.measure).sort()).toEqual(Object.keys(measures).sort());
    expect(new Set(comparedMeasures.map((m) => m.param)).size).toBe(comparedMeasures.length);
  });
});
