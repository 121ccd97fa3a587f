// CSV export shared by every download in the portal. Semicolons separate cells because Swedish
// Excel uses the comma as its decimal sign and the semicolon as its list separator. Spreadsheet programs run a cell that starts
// with = + - @ (or a tab or carriage return) as a formula, so such cells get a leading single
// quote: a name like "=cmd|' /C calc'!A0" from an HR file then opens as plain text.
type CellValue = string | number | boolean | null | undefined;
/** A column reads its cell with `value(row)`, or takes the row's property `key`. */
export type CsvColumn<Row> = { header: string; value: (row: Row) => CellValue } | { header: string; key: string };

const SEPARATOR = ';';
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",;\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  // Numbers are ours (counts, years), never user text: a negative number stays a number.
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  return neutraliseFormula(value);
}

/** UTF-8 with a byte-order mark (so Excel reads å, ä, ö), semicolon separated, CRLF line ends. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [columns.map((c) => quote(neutraliseFormula(c.header))).join(SEPARATOR)];
  const read = (c: CsvColumn<Row>, row: Row): CellValue =>
    'value' in c ? c.value(row) : ((row as Record<string, unknown>)[c.key] as CellValue);
  for (const row of rows) lines.push(columns.map((c) => quote(cellText(read(c, row)))).join(SEPARATOR));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
