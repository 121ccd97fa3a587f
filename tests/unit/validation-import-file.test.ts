// The staff import's size limit, as the form checks it before sending (issue 14, finding 12: a
// file over Next's body limit got HTTP 500 instead of this message) and as the action and the
// decoder check it again. One limit, and room for it under the server's body limit.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '@/lib/import/decode';
import { bodyLimitMbFor } from '@/lib/http-limits';
import { translator } from '@/lib/i18n';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB, MAX_IMPORT_ROWS, importFileTooBig } from '@/lib/validation/import-file';

const MIB = 1024 * 1024;

describe('the import file limit', () => {
  it('lets 24 MB through and refuses a byte more, and 51 MB', () => {
    expect(importFileTooBig({ size: 24 * MIB })).toBe(false);
    expect(importFileTooBig({ size: 24 * MIB + 1 })).toBe(true);
    expect(importFileTooBig({ size: 51 * MIB })).toBe(true);
  });

  it('leaves "no file" to the required field', () => {
    expect(importFileTooBig(undefined)).toBe(false);
    expect(importFileTooBig(null)).toBe(false);
  });

  it('is the decoder’s limit, and says so in Swedish and English', () => {
    expect(MAX_IMPORT_BYTES).toBe(MAX_FILE_BYTES);
    const tooBig = (locale: 'sv' | 'en') => translator(locale)('adminRecords.import.tooBig', { mb: MAX_IMPORT_MB });
    expect(tooBig('sv')).toBe('Filen är större än 24 MB. Dela upp den i flera filer.');
    expect(tooBig('en')).toMatch(/^The file is larger than 24 MB\./);
  });

  it('fits twice under the import page’s body limit (the confirm step posts the decoded text back)', () => {
    expect(bodyLimitMbFor('/admin/import') * MIB).toBeGreaterThan(2 * MAX_IMPORT_BYTES);
    const config = createRequire(import.meta.url)('../../next.config.js') as {
      experimental: { serverActions: { bodySizeLimit: string } };
    };
    const limit = /^(\d+)mb$/i.exec(config.experimental.serverActions.bodySizeLimit);
    expect(limit).not.toBeNull();
    expect(Number(limit![1])).toBeGreaterThanOrEqual(bodyLimitMbFor('/admin/import'));
  });

  it('holds a file of 100,000 people with long unit paths', () => {
    const row = (i: number) =>
      `Förnamn Efternamnsson ${i};fornamn.efternamnsson.${i}@stadsbyggnadsforvaltningen.sjostad.se;Stadsbyggnadsförvaltningen/Bygglovsavdelningen/Enheten för bygglov öster;medarbetare;kvinna;nej;${100000 + i}`;
    const bytes = Buffer.byteLength(Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => row(i)).join('\n'));
    expect(bytes).toBeLessThan(MAX_IMPORT_BYTES);
  });
});
