import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';

type Row = { name: string; count: number | null };
const columns = [
  { header: 'Namn', value: (r: Row) => r.name },
  { header: 'Antal', value: (r: Row) => r.count },
];

describe('toCsv', () => {
  it('writes UTF-8 with a byte-order mark, a header and CRLF line ends', () => {
    expect(toCsv([{ name: 'Åsa Öberg', count: 3 }], columns)).toBe('\uFEFFNamn;Antal\r\nÅsa Öberg;3\r\n');
  });

  // An escaped cell is also quoted (papaparse's escapeFormulae, as OWASP advises); a spreadsheet reads the same text.
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    const csv = toCsv(
      [
        { name: "=cmd|' /C calc'!A0", count: null },
        { name: '+46 70 123', count: null },
        { name: '-2+3', count: null },
        { name: '@SUM(A1)', count: null },
        { name: '\t=1', count: null },
        { name: '\r=1', count: null },
      ],
      columns,
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=cmd|' /C calc'!A0";`);
    expect(lines[2]).toBe(`"'+46 70 123";`);
    expect(lines[3]).toBe(`"'-2+3";`);
    expect(lines[4]).toBe(`"'@SUM(A1)";`);
    expect(lines[5]).toBe(`"'\t=1";`);
    expect(csv).toContain(`"'\r=1";`);
  });

  it('neutralises full-width and small formula signs, which normalise to = + - @', () => {
    const names = ['＝HYPERLINK("http://x.se")', '＋46', '－2', '＠SUM(A1)', '﹦1+1', '﹢1', '﹣1', '﹫A1'];
    const csv = toCsv(
      names.map((name) => ({ name, count: null })),
      columns,
    );
    const cells = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data.slice(1, -1);
    expect(cells.map((row) => row[0])).toEqual(names.map((name) => `'${name}`));
  });

  it('leaves text alone whose first letter only looks like a sign further in', () => {
    const csv = toCsv(
      [
        { name: 'Anna ＝ Berg', count: null },
        { name: 'Ölund-Åberg', count: null },
        { name: '⁻1', count: null },
      ],
      columns,
    );
    expect(csv).toBe('\uFEFFNamn;Antal\r\nAnna ＝ Berg;\r\nÖlund-Åberg;\r\n⁻1;\r\n');
  });

  it('keeps our own negative numbers as numbers', () => {
    expect(toCsv([{ name: 'x', count: -1 }], columns)).toContain('x;-1\r\n');
  });

  it('quotes separators, quotes and line breaks', () => {
    const csv = toCsv([{ name: 'Berg, "Bosse"\nandra raden', count: 1 }], columns);
    expect(csv).toContain('"Berg, ""Bosse""\nandra raden";1');
    expect(toCsv([{ name: 'a;b', count: 1 }], columns)).toContain('"a;b";1');
    // A comma alone is quoted too, so a program that guesses the comma as separator keeps the cell whole.
    expect(toCsv([{ name: 'Planen antogs, § 47.', count: 1 }], columns)).toContain('"Planen antogs, § 47.";1');
  });

  it('writes an empty cell for null and undefined, and only the header when there are no rows', () => {
    expect(toCsv([{ name: '', count: null }], columns)).toBe('\uFEFFNamn;Antal\r\n;\r\n');
    expect(toCsv([], columns)).toBe('\uFEFFNamn;Antal\r\n');
  });
});

describe('columns by key', () => {
  it('reads a property by name, with the same neutralising', async () => {
    const { toCsv } = await import('@/lib/csv');
    const csv = toCsv(
      [{ namn: '=SUMMA(A1)', antal: 3 }],
      [
        { header: 'Namn', key: 'namn' },
        { header: 'Antal', key: 'antal' },
      ],
    );
    expect(csv).toBe(`\uFEFFNamn;Antal\r\n"'=SUMMA(A1)";3\r\n`);
  });
});
