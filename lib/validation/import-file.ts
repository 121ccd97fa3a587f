// The staff import's file limit, shared by the form (checked before anything is sent), the action
// and the decoder (checked again, since a request need not come from the form). Client-safe.
// 100,000 people (MAX_IMPORT_ROWS, checked by lib/import/parse.ts) take some 9 MB with names, addresses and unit
// paths; a file with long unit paths and an extra column takes some 20 MB.
export const MAX_IMPORT_ROWS = 100_000;
export const MAX_IMPORT_MB = 24;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;

/** True when the chosen file is over the limit (no file is not too big: the field says it is required). */
export function importFileTooBig(file: { size: number } | null | undefined): boolean {
  return (file?.size ?? 0) > MAX_IMPORT_BYTES;
}
