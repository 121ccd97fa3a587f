// The certificate prints what it certifies: the learner's name as written, in any script a
// municipal staff register holds, read back out of the PDF (tests/support/pdf-text.ts), with its
// code and the address where anyone can check it; the PDF carries a title and its language.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { certificatePdf, pathCertificatePdf, verificationUrl, type CertificateInput } from '@/lib/certificate';
import { pdfText } from '../support/pdf-text';

const input: CertificateInput = {
  name: 'Åsa Öberg',
  courseTitle: 'Känn igen och motverka könsstereotyper',
  organisationName: 'Sjöstads kommun',
  completedAt: new Date('2026-11-27T10:00:00Z'),
  certificateNo: 'JP-2026-ABCD1234',
};

const language = (doc: PDFDocument) => doc.catalog.lookupMaybe(PDFName.of('Lang'), PDFString)?.decodeText();

const verification = (code: string) => [
  `Intygsnummer ${code}`,
  'Kontrollera att intyget gäller: skanna QR-koden eller gå till',
  verificationUrl(code),
];

describe('certificate PDF', () => {
  it('is a one-page Swedish PDF titled after the course that says who completed what, where and when', async () => {
    const bytes = await certificatePdf(input);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Intyg – Känn igen och motverka könsstereotyper');
    expect(language(doc)).toBe('sv-SE');
    expect(await pdfText(bytes)).toEqual([
      'INTYG',
      'Åsa Öberg',
      'har genomfört kursen',
      'Känn igen och motverka könsstereotyper',
      'i Jämställdhetsportalen för Sjöstads kommun',
      'Slutförd 27 november 2026',
      ...verification('JP-2026-ABCD1234'),
    ]);
    expect(verificationUrl('JP-2026-ABCD1234')).toMatch(/^https?:\/\/[^/]+\/intyg\/JP-2026-ABCD1234$/);
  });

  it('for a path: titled after the path, in Swedish, with its courses listed in order', async () => {
    const bytes = await pathCertificatePdf({
      name: 'Åsa Öberg',
      pathTitle: 'Lärväg för medarbetare',
      courses: ['Grunderna', 'Könsstereotyper', 'Könsuppdelad statistik'],
      organisationName: 'Sjöstads kommun',
      completedAt: new Date('2026-11-27T10:00:00Z'),
      certificateNo: 'JP-2026-7K3MQ-9XA2B',
    });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Intyg – Lärväg för medarbetare');
    expect(language(doc)).toBe('sv-SE');
    expect(await pdfText(bytes)).toEqual([
      'INTYG',
      'Åsa Öberg',
      'har genomfört lärvägen',
      'Lärväg för medarbetare',
      'i Jämställdhetsportalen för Sjöstads kommun',
      'Slutförd 27 november 2026',
      'Lärvägens kurser',
      'Grunderna',
      'Könsstereotyper',
      'Könsuppdelad statistik',
      ...verification('JP-2026-7K3MQ-9XA2B'),
    ]);
  });

  it('in English for a reader who chose English: its own words, the date and the PDF language', async () => {
    const bytes = await certificatePdf({
      ...input,
      courseTitle: 'Recognise and counter gender stereotypes',
      locale: 'en',
    });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe('Certificate – Recognise and counter gender stereotypes');
    expect(language(doc)).toBe('en-GB');
    expect(await pdfText(bytes)).toEqual([
      'CERTIFICATE',
      'Åsa Öberg',
      'has completed the course',
      'Recognise and counter gender stereotypes',
      'in the Gender Equality Portal of Sjöstads kommun',
      'Completed 27 November 2026',
      'Certificate number JP-2026-ABCD1234',
      'To check that the certificate is valid, scan the QR code or go to',
      verificationUrl('JP-2026-ABCD1234'),
    ]);
  });

  it('for a path in English: the path and its courses as given, under English headings', async () => {
    const text = await pdfText(
      await pathCertificatePdf({
        name: 'Åsa Öberg',
        pathTitle: 'Learning path for employees',
        courses: ['Introduction', 'Gender stereotypes'],
        organisationName: 'Sjöstads kommun',
        completedAt: new Date('2026-11-27T10:00:00Z'),
        certificateNo: 'JP-2026-7K3MQ-9XA2B',
        locale: 'en',
      }),
    );
    expect(text.slice(0, 9)).toEqual([
      'CERTIFICATE',
      'Åsa Öberg',
      'has completed the learning path',
      'Learning path for employees',
      'in the Gender Equality Portal of Sjöstads kommun',
      'Completed 27 November 2026',
      'Courses in the learning path',
      'Introduction',
      'Gender stereotypes',
    ]);
  });

  it('prints Polish, Vietnamese, Somali and Arabic names as written', async () => {
    for (const name of [
      'Łucja Nguyễn Thị Hằng محمد',
      'Żaneta Wójcik-Przybyłowska',
      'Cabdullaahi Xasan Ciise',
      'Trần Văn Đức',
    ]) {
      const text = await pdfText(await certificatePdf({ ...input, name, organisationName: 'Gmina Łódź' }));
      expect(text[1]).toBe(name);
      expect(text[4]).toBe('i Jämställdhetsportalen för Gmina Łódź');
    }
  });

  it('embeds only the glyphs it uses, so the file stays small', async () => {
    // The whole DejaVu Sans regular and bold are 1.4 MB.
    expect((await certificatePdf({ ...input, name: 'Łucja Nguyễn Thị Hằng محمد' })).length).toBeLessThan(40_000);
  });

  it('does not fail on a letter the font lacks, and shows it as missing rather than as another letter', async () => {
    const text = await pdfText(await certificatePdf({ ...input, name: 'Li 李' }));
    expect(text[1]).toBe('Li \uFFFD');
  });
});
