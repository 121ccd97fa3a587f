import iconv from 'iconv-lite';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '@/lib/validation/import-file';

// HR systems export either UTF-8 (often with a byte-order mark) or Windows-1252 (older Excel on
// Swedish Windows). Valid UTF-8 is taken as UTF-8; anything else is read as Windows-1252, which
// decodes every byte, so å, ä and ö come out right from either.
export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; message: string };

export const MAX_FILE_BYTES = MAX_IMPORT_BYTES;

export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, message: 'Filen är tom.' };
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      message: `Filen är större än ${MAX_IMPORT_MB} MB. Dela upp den i flera filer, eller ta bort kolumner som inte behövs.`,
    };
  }
  // Text files never hold NUL bytes; spreadsheets (.xlsx), PDFs and UTF-16 text do.
  if (bytes.includes(0)) {
    return {
      ok: false,
      message:
        'Filen är ingen CSV-fil. Spara den som CSV (UTF-8 eller Windows-1252) i kalkylprogrammet och försök igen.',
    };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Node's own TextDecoder treats windows-1252 as Latin-1 (wrong for € and dashes): use iconv-lite.
    return { ok: true, text: iconv.decode(Buffer.from(body), 'win1252'), encoding: 'windows-1252' };
  }
}
