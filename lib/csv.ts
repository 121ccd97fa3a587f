// CSV for Excel as Swedish offices use it: UTF-8 with a byte-order mark (without it Excel reads
// å, ä and ö as garbage), semicolons between cells (Swedish Excel's list separator, since the
// comma is the decimal sign) and CRLF line ends. Cells that a spreadsheet would run as a formula
// are neutralised with a leading apostrophe (CSV injection).
export type CsvColumn = { key: string; header: string };

const BOM = '\uFEFF';
const SEPARATOR = ';';
const formulaStart = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[";\r\n,]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Record<string, unknown>[], columns: { key: string; header: string }[]): string {
  const lines = [columns.map((c) => cell(c.header)), ...rows.map((row) => columns.map((c) => cell(row[c.key])))];
  return BOM + lines.map((l) => l.join(SEPARATOR)).join('\r\n') + '\r\n';
}
