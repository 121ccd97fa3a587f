import { rgb, type PDFFont, type RGB } from 'pdf-lib';
import { formatDay } from '@/lib/dates';
import { A4_LANDSCAPE, colours, createPdf, drawText, textWidth } from '@/lib/pdf';

export type CertificateInput = {
  name: string;
  courseTitle: string;
  organisationName: string;
  completedAt: Date;
  certificateNo: string;
};

/** A one-page A4 certificate (intyg) for a completed course. */
export async function certificatePdf(input: CertificateInput): Promise<Uint8Array> {
  const { pdf, fonts } = await createPdf({ title: `Intyg – ${input.courseTitle}`, fonts: ['regular', 'bold'] });
  const page = pdf.addPage(A4_LANDSCAPE);
  const { width } = page.getSize();
  const centred = (text: string, y: number, size: number, font: PDFFont, color: RGB = colours.ink) =>
    drawText(page, text, { x: (width - textWidth(text, font, size)) / 2, y, size, font, color });
  page.drawRectangle({ x: 30, y: 30, width: width - 60, height: 535, borderColor: colours.purple, borderWidth: 3 });
  centred('INTYG', 470, 40, fonts.bold, colours.purple);
  centred(input.name, 400, 28, fonts.bold);
  centred('har genomfört kursen', 365, 16, fonts.regular);
  centred(input.courseTitle, 325, 22, fonts.bold, colours.purple);
  centred(`i Jämställdhetsportalen för ${input.organisationName}`, 285, 14, fonts.regular);
  centred(`Slutförd ${formatDay(input.completedAt)}`, 200, 14, fonts.regular);
  centred(`Intygsnummer ${input.certificateNo}`, 80, 10, fonts.regular, rgb(0.35, 0.35, 0.35));
  return pdf.save();
}
