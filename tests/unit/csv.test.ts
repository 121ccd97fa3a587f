import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';

const columns = [
  { key: 'name', header: 'Namn' },
  { key: 'unit', header: 'Enhet' },
  { key: 'n', header: 'Antal' },
];

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF, so Excel reads å, ä and ö', () => {
    const csv = toCsv([{ name: 'Åsa Öberg', unit: 'Förskolan Solrosen', n: 3 }], columns);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Namn;Enhet;Antal\r\nÅsa Öberg;Förskolan Solrosen;3\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes cells with separators, quotes and line breaks', () => {
    const csv = toCsv([{ name: 'Berg; Anna', unit: 'Avd "Norr"', n: 'rad 1\nrad 2' }], columns);
    expect(csv.split('\r\n')[1]).toBe('"Berg; Anna";"Avd ""Norr""";"rad 1\nrad 2"');
  });

  it('quotes commas too, so the file also opens where the comma is the separator', () => {
    expect(toCsv([{ name: 'Holm, Eva' }], columns).split('\r\n')[1]).toBe('"Holm, Eva";;');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    const rows = ['=SUM(A1)', '+46', '-1+2', '@cmd', '\tx', '\rx'].map((name) => ({ name }));
    const lines = toCsv(rows, [{ key: 'name', header: 'Namn' }]).slice(1).split('\r\n');
    expect(lines.slice(1, 5)).toEqual(["'=SUM(A1)", "'+46", "'-1+2", "'@cmd"]);
    expect(lines[5]).toBe("'\tx");
    expect(lines[6]).toBe("\"'\rx\"");
  });

  it('keeps numbers as numbers, and writes empty cells for null and undefined', () => {
    const csv = toCsv([{ name: null, unit: undefined, n: -5 }], columns);
    expect(csv.split('\r\n')[1]).toBe(';;-5');
  });

  it('writes dates as ISO text', () => {
    expect(toCsv([{ name: new Date('2026-12-31T10:00:00Z') }], [{ key: 'name', header: 'Datum' }]).split('\r\n')[1]).toBe('2026-12-31T10:00:00.000Z');
  });
});
