import Papa from 'papaparse';
import type { Audience } from '@/lib/audiences';
import { EMPLOYEE_NUMBER_MESSAGE, employeeNumberSchema } from '@/lib/validation/admin';
import { emailSchema } from '@/lib/validation/auth';
import { MAX_IMPORT_ROWS } from '@/lib/validation/import-file';
import {
  headerAliases,
  normaliseHeader,
  parseAudience,
  parseGender,
  parseManagerFlag,
  type ColumnKey,
  type Gender,
} from './values';
import { translator } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { messagesEn } from '@/lib/i18n/messages-en';
import { formatCount } from '@/lib/numbers';

// Turns the text of an HR system's staff file into checked rows and an error in the reader's
// language (adminRecords.importRows) for every bad row. Rows are numbered as a spreadsheet numbers them (the header is row 1), so an administrator
// can find the row in Excel. Unit paths are checked against the organisation later (plan.ts).
export const MAX_ROWS = MAX_IMPORT_ROWS;
export const MAX_NAME = 200;
export const MAX_UNIT_PATH = 1000;

export type ImportRow = {
  line: number;
  name: string;
  /** null: no address (staff who take part through group sessions); then the employee number is given. */
  email: string | null;
  employeeNumber: string | null;
  /** Unit names from the top of the tree down; empty for people without a unit (politicians). */
  unitPath: string[];
  audience: Audience;
  /** null: the file says nothing (the person's own answer in the portal is kept). */
  gender: Gender | null;
  manager: boolean;
};

export type RowError = { line: number; message: string };

export type ParseResult =
  { ok: false; message: string } | { ok: true; rows: ImportRow[]; errors: RowError[]; delimiter: ',' | ';' };

const required: ColumnKey[] = ['name', 'email', 'unit', 'audience'];
/** How a row's person is named in messages and the preview. */
export const rowWho = (r: { email: string | null; employeeNumber: string | null }, locale: Locale = defaultLocale) =>
  r.email ?? translator(locale)('adminRecords.importRows.employeeNumberWho', { number: String(r.employeeNumber) });

/** Semicolon (Swedish Excel) or comma: whichever the header line has more of, outside quotes. */
export function detectDelimiter(text: string): ',' | ';' | null {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  if (semicolons === 0 && commas === 0) return null;
  return semicolons >= commas ? ';' : ',';
}

function mapHeader(header: string[]): Partial<Record<ColumnKey, number>> {
  const columns: Partial<Record<ColumnKey, number>> = {};
  header.forEach((cell, index) => {
    const key = normaliseHeader(cell);
    for (const [column, aliases] of Object.entries(headerAliases) as [ColumnKey, readonly string[]][]) {
      if (columns[column] === undefined && aliases.includes(key)) columns[column] = index;
    }
  });
  return columns;
}

const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value);

export function parseStaffCsv(text: string, locale: Locale = defaultLocale): ParseResult {
  const t = translator(locale);
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') return { ok: false, message: 'Filen är tom.' };
  const delimiter = detectDelimiter(content);
  if (!delimiter) {
    return {
      ok: false,
      message:
        'Filen har inga kolumner. Kolumnerna ska skiljas åt med komma eller semikolon, och första raden ska ha kolumnernas namn.',
    };
  }
  // preview stops the parser just past the limit, so a huge file is refused without reading it all.
  const parsed = Papa.parse<string[]>(content, { delimiter, preview: MAX_ROWS + 2, skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;
  const columns = mapHeader(header);
  const missing = required.filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      message: t('adminRecords.importRows.missingColumns', {
        columns: missing
          .map((c) => t('adminRecords.importRows.quoted', { name: t(`adminRecords.importRows.columns.${c}`) }))
          .join(', '),
      }),
    };
  }
  while (records.length > 0 && records.at(-1)!.every((cell) => cell.trim() === '')) records.pop();
  if (records.length > MAX_ROWS) {
    return {
      ok: false,
      message: t('adminRecords.importRows.tooManyRows', { max: formatCount(MAX_ROWS, locale) }),
    };
  }
  if (records.length === 0) return { ok: false, message: 'Filen har inga personer, bara en rubrikrad.' };

  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const seenNumbers = new Map<string, number>();
  records.forEach((record, index) => {
    const line = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    const cell = (column: ColumnKey) => {
      const at = columns[column];
      return at === undefined ? '' : (record[at] ?? '').trim();
    };
    const problems: string[] = [];
    const name = cell('name').replace(/\s+/g, ' ');
    if (name === '') problems.push(t('adminRecords.importRows.nameMissing'));
    else if (name.length > MAX_NAME) problems.push(t('adminRecords.importRows.nameTooLong', { max: MAX_NAME }));
    else if (/[\u0000-\u001f\u007f]/.test(name)) problems.push(t('adminRecords.importRows.nameInvalid'));

    const rawNumber = cell('employeeNumber');
    const number = rawNumber === '' ? null : employeeNumberSchema.safeParse(rawNumber);
    if (number && !number.success)
      problems.push(
        t('adminRecords.importRows.numberInvalid', {
          value: shown(rawNumber),
          rule:
            locale === 'en'
              ? (messagesEn[EMPLOYEE_NUMBER_MESSAGE] ?? EMPLOYEE_NUMBER_MESSAGE)
              : EMPLOYEE_NUMBER_MESSAGE,
        }),
      );
    else if (number && seenNumbers.has(number.data))
      problems.push(
        t('adminRecords.importRows.numberTwice', { number: number.data, line: seenNumbers.get(number.data)! }),
      );
    else if (number) seenNumbers.set(number.data, line);

    // Staff without an address (common in care) are imported by their employee number.
    const rawEmail = cell('email');
    const email = rawEmail === '' ? null : emailSchema.safeParse(rawEmail);
    if (!email && !number) problems.push(t('adminRecords.importRows.emailMissing'));
    else if (email && !email.success)
      problems.push(t('adminRecords.importRows.emailInvalid', { value: shown(rawEmail) }));
    else if (email && seen.has(email.data))
      problems.push(t('adminRecords.importRows.emailTwice', { email: email.data, line: seen.get(email.data)! }));
    else if (email) seen.set(email.data, line);

    const audience = parseAudience(cell('audience'));
    if (!audience) {
      problems.push(
        cell('audience') === ''
          ? t('adminRecords.importRows.audienceMissing')
          : t('adminRecords.importRows.audienceUnknown', { value: shown(cell('audience')) }),
      );
    }

    const rawUnit = cell('unit');
    const unitPath = rawUnit
      .split('/')
      .map((part) => part.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
    if (rawUnit.length > MAX_UNIT_PATH) problems.push(t('adminRecords.importRows.unitTooLong', { max: MAX_UNIT_PATH }));
    else if (unitPath.length === 0 && audience && audience !== 'POLITICIAN')
      problems.push(t('adminRecords.importRows.unitMissing'));

    const gender = parseGender(cell('gender'));
    if (gender === undefined)
      problems.push(t('adminRecords.importRows.genderUnknown', { value: shown(cell('gender')) }));
    const manager = parseManagerFlag(cell('manager'));
    if (manager === undefined)
      problems.push(t('adminRecords.importRows.managerUnknown', { value: shown(cell('manager')) }));
    else if (manager && unitPath.length === 0) problems.push(t('adminRecords.importRows.managerNoUnit'));
    else if (manager && !email) problems.push(t('adminRecords.importRows.managerNoEmail'));

    if (
      problems.length > 0 ||
      (email && !email.success) ||
      (number && !number.success) ||
      !audience ||
      gender === undefined ||
      manager === undefined
    ) {
      errors.push({ line, message: problems.join(' ') });
      return;
    }
    rows.push({
      line,
      name,
      email: email?.success ? email.data : null,
      employeeNumber: number?.success ? number.data : null,
      unitPath,
      audience,
      gender,
      manager,
    });
  });
  return { ok: true, rows, errors, delimiter };
}
