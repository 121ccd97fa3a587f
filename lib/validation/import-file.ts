// The staff import's file limit, shared by the form (checked before anything is sent) and the
// action (checked again, since a request need not come from the form). Client-safe.
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

export const IMPORT_TOO_BIG = 'Filen är större än 4 MB. Dela upp den i flera filer.';

/** True when the chosen file is over the limit (no file is not too big: the field says it is required). */
export function importFileTooBig(file: { size: number } | null | undefined): boolean {
  return (file?.size ?? 0) > MAX_IMPORT_BYTES;
}
