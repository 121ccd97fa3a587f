// The staff import's size limit, as the form checks it before sending (issue 14, finding 12: a
// file over Next's body limit got HTTP 500 instead of this message) and as the action and the
// decoder check it again. One limit, and room for it under the server's body limit.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '@/lib/import/decode';
import { IMPORT_TOO_BIG, MAX_IMPORT_BYTES, importFileTooBig } from '@/lib/validation/import-file';

const MIB = 1024 * 1024;

describe('the import file limit', () => {
  it('lets 4 MB through and refuses a byte more, and 11 MB', () => {
    expect(importFileTooBig({ size: 4 * MIB })).toBe(false);
    expect(importFileTooBig({ size: 4 * MIB + 1 })).toBe(true);
    expect(importFileTooBig({ size: 11 * MIB })).toBe(true);
  });

  it('leaves "no file" to the required field', () => {
    expect(importFileTooBig(undefined)).toBe(false);
    expect(importFileTooBig(null)).toBe(false);
  });

  it('is the decoder’s limit, and says so in Swedish', () => {
    expect(MAX_IMPORT_BYTES).toBe(MAX_FILE_BYTES);
    expect(IMPORT_TOO_BIG).toBe('Filen är större än 4 MB. Dela upp den i flera filer.');
  });

  it('fits twice under the server’s body limit (the confirm step posts the decoded text back)', () => {
    const config = createRequire(import.meta.url)('../../next.config.js') as {
      experimental: { serverActions: { bodySizeLimit: string } };
    };
    const limit = /^(\d+)mb$/i.exec(config.experimental.serverActions.bodySizeLimit);
    expect(limit).not.toBeNull();
    expect(Number(limit![1]) * MIB).toBeGreaterThan(2 * MAX_IMPORT_BYTES);
  });
});
