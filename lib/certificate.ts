import { PDFDocument, rgb, StandardFonts, type PDFFont } from 'pdf-lib';

export type CertificateInput = {
  name: string;
  courseTitle: string;
  organisationName: string;
  completedAt: Date;
  certificateNo: string;
};

const dateFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' });

/**
 * The standard PDF fonts cover Western European letters (å, ä, ö, é …). Any other character is
 * written without its accent, or as "?", rather than failing the whole certificate.
 */
export function encodable(font: PDFFont, text: string): string {
  return [...text]
    .map((ch) => {
      for (const candidate of [ch, ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')]) {
        try {
          font.encodeText(candidate);
          return candidate;
        } catch {
          // try the next candidate
        }
      }
      return '?';
    })
    .join('');
}

/** A one-page A4 certificate (intyg) for a completed course. */
export async function certificatePdf(input: CertificateInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Intyg – ${input.courseTitle}`);
  pdf.setLanguage('sv-SE');
  pdf.setCreator('Jämställdhetsportalen');
  const page = pdf.addPage([841.89, 595.28]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const purple = rgb(0.23, 0.15, 0.45);
  const { width } = page.getSize();
  const centred = (text: string, y: number, size: number, font: PDFFont, color = rgb(0.1, 0.1, 0.1)) => {
    const safe = encodable(font, text);
    page.drawText(safe, { x: (width - font.widthOfTextAtSize(safe, size)) / 2, y, size, font, color });
  };
  page.drawRectangle({ x: 30, y: 30, width: width - 60, height: 535, borderColor: purple, borderWidth: 3 });
  centred('INTYG', 470, 40, bold, purple);
  centred(input.name, 400, 28, bold);
  centred('har genomfört kursen', 365, 16, regular);
  centred(input.courseTitle, 325, 22, bold, purple);
  centred(`i Jämställdhetsportalen för ${input.organisationName}`, 285, 14, regular);
  centred(`Slutförd ${dateFormat.format(input.completedAt)}`, 200, 14, regular);
  centred(`Intygsnummer ${input.certificateNo}`, 80, 10, regular, rgb(0.35, 0.35, 0.35));
  return pdf.save();
}
