import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { certificatePdf } from '@/lib/certificate';

describe('certificate PDF', () => {
  it('is a one-page PDF titled after the course', async () => {
    const bytes = await certificatePdf({
      name: 'Åsa Öberg',
      courseTitle: 'Känn igen och motverka könsstereotyper',
      organisationName: 'Sjöstads kommun',
      completedAt: new Date('2026-11-27T10:00:00Z'),
      certificateNo: 'JP-2026-ABCD1234',
    });
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Intyg – Känn igen och motverka könsstereotyper');
  });

  it('does not fail on letters the standard font lacks', async () => {
    const bytes = await certificatePdf({
      name: 'Łukasz Żółć 李',
      courseTitle: 'Kurs',
      organisationName: 'Region Norrvik',
      completedAt: new Date(),
      certificateNo: 'JP-1',
    });
    expect(bytes.length).toBeGreaterThan(500);
  });
});
