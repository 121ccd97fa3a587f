// CSV export shared by every download in the portal, written by papaparse. Semicolons separate
// cells because Swedish Excel uses the comma as its decimal sign and the semicolon as its list
// separator. Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage
// return) as a formula, so such cells get a leading single quote: a name like
// "=cmd|' /C calc'!A0" from an HR file then opens as plain text.
import Papa from 'papaparse';

type CellValue = string | number | boolean | null | undefined;
/** A column reads its cell with `value(row)`, or takes the row's property `key`. */
export type CsvColumn<Row> = { header: string; value: (row: Row) => CellValue } | { header: string; key: string };

/**
 * Full-width and small forms (＝ ＋ － ＠, ﹦ …) are turned into formulas too by some spreadsheet
 * programs and input methods, so the test runs on the cell's start after NFKC normalisation.
 * papaparse takes any RegExp for `escapeFormulae` and only calls its `test`.
 */
class FormulaStart extends RegExp {
  constructor() {
    super('^[=+\\-@\\t\\r]');
  }
  override test(cell: string): boolean {
    return super.test(cell.slice(0, 4).normalize('NFKC'));
  }
}
const formulaStart = new FormulaStart();

function cellValue(value: CellValue): string | number {
  if (value === null || value === undefined) return '';
  // Numbers are ours (counts, years), never user text: papaparse leaves a number, even a negative one, as it is.
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  return value;
}

/** UTF-8 with a byte-order mark (so Excel reads å, ä, ö), semicolon separated, CRLF line ends. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const read = (c: CsvColumn<Row>, row: Row): CellValue =>
    'value' in c ? c.value(row) : ((row as Record<string, unknown>)[c.key] as CellValue);
  // The header goes in as the first row: given as `fields`, papaparse writes an empty line after it when there are no rows.
  const table = [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => cellValue(read(c, row))))];
  // papaparse quotes cells holding the separator, quotes or line breaks; a comma is quoted too, as
  // before, so a program that guesses the comma as separator still reads the cell whole.
  const quotes = (value: unknown) => typeof value === 'string' && value.includes(',');
  const csv = Papa.unparse(table, { delimiter: ';', newline: '\r\n', escapeFormulae: formulaStart, quotes });
  return `\uFEFF${csv}\r\n`;
}
