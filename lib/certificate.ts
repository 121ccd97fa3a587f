// The certificates (intyg) for a completed course and a completed learning path: one A4 page with
// who, what, where and when, and at the foot the certificate's code with a QR code to the public
// page where anyone who receives it can check that it is genuine and not revoked.
import { createTranslator } from 'use-intl/core';
import { rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { formatDay } from '@/lib/dates';
import { defaultLocale, formatTags, type Locale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n';
import { qrMatrix } from '@/lib/discussion-guides/qr';
import { portalUrl } from '@/lib/mail/unsubscribe';
import { A4_LANDSCAPE, colours, createPdf, drawText, textWidth } from '@/lib/pdf';

export type CertificateInput = {
  name: string;
  courseTitle: string;
  organisationName: string;
  completedAt: Date;
  certificateNo: string;
  /** The language of the certificate's own words (the reader's); the title is given in it where it exists. */
  locale?: Locale;
};

export type PathCertificateInput = Omit<CertificateInput, 'courseTitle'> & {
  pathTitle: string;
  /** The path's courses, in order. */
  courses: readonly string[];
};

/** The public verification page of a certificate, as printed and encoded in its QR code. */
export const verificationUrl = (certificateNo: string) => portalUrl(`/intyg/${encodeURIComponent(certificateNo)}`);

const grey = rgb(0.35, 0.35, 0.35);
const qrSide = 90;

const wordsIn = (locale: Locale = defaultLocale) =>
  createTranslator({ locale, messages: messages(locale), namespace: 'certificate' });
type Words = ReturnType<typeof wordsIn>;

async function certificatePage(title: string, t: Words, locale: Locale = defaultLocale) {
  const { pdf, fonts } = await createPdf({
    title: t('pdfTitle', { title }),
    fonts: ['regular', 'bold'],
    language: formatTags[locale],
  });
  const page = pdf.addPage(A4_LANDSCAPE);
  const { width } = page.getSize();
  page.drawRectangle({ x: 30, y: 30, width: width - 60, height: 535, borderColor: colours.purple, borderWidth: 3 });
  const centred = (text: string, y: number, size: number, font: PDFFont, color: RGB = colours.ink) =>
    drawText(page, text, { x: (width - textWidth(text, font, size)) / 2, y, size, font, color });
  return { pdf, fonts, page, centred };
}

/** The code, how to check it and the QR code to the verification page, at the foot of the page. */
function drawVerification(page: PDFPage, font: PDFFont, certificateNo: string, t: Words) {
  const { width } = page.getSize();
  const url = verificationUrl(certificateNo);
  const matrix = qrMatrix(url);
  // One path of squares, so a viewer draws no seams between modules.
  const squares = matrix.flatMap((row, r) => row.flatMap((dark, c) => (dark ? [`M${c} ${r}h1v1h-1z`] : []))).join('');
  page.drawSvgPath(squares, {
    x: width - 60 - qrSide,
    y: 60 + qrSide,
    scale: qrSide / matrix.length,
    color: rgb(0, 0, 0),
  });
  const line = (text: string, y: number) => drawText(page, text, { x: 60, y, size: 10, font, color: grey });
  line(t('numberValue', { number: certificateNo }), 100);
  line(t('pdfVerify'), 84);
  line(url, 70);
}

/** A one-page A4 certificate for a completed course. */
export async function certificatePdf(input: CertificateInput): Promise<Uint8Array> {
  const t = wordsIn(input.locale);
  const { pdf, fonts, page, centred } = await certificatePage(input.courseTitle, t, input.locale);
  centred(t('heading'), 470, 40, fonts.bold, colours.purple);
  centred(input.name, 400, 28, fonts.bold);
  centred(t('completedCourse'), 365, 16, fonts.regular);
  centred(input.courseTitle, 325, 22, fonts.bold, colours.purple);
  centred(t('portalOf', { organisation: input.organisationName }), 285, 14, fonts.regular);
  centred(t('completed', { date: formatDay(input.completedAt, input.locale) }), 240, 14, fonts.regular);
  drawVerification(page, fonts.regular, input.certificateNo, t);
  return pdf.save();
}

/** A one-page A4 certificate for a completed learning path, with its courses listed. */
export async function pathCertificatePdf(input: PathCertificateInput): Promise<Uint8Array> {
  const t = wordsIn(input.locale);
  const { pdf, fonts, page, centred } = await certificatePage(input.pathTitle, t, input.locale);
  centred(t('heading'), 485, 36, fonts.bold, colours.purple);
  centred(input.name, 432, 26, fonts.bold);
  centred(t('completedPath'), 402, 15, fonts.regular);
  centred(input.pathTitle, 368, 21, fonts.bold, colours.purple);
  centred(t('portalOf', { organisation: input.organisationName }), 338, 13, fonts.regular);
  centred(t('completed', { date: formatDay(input.completedAt, input.locale) }), 316, 13, fonts.regular);
  centred(t('pathCourses'), 284, 12, fonts.bold);
  // The list fits between the heading and the code at the foot, however many courses the path has.
  const gap = Math.min(16, 120 / Math.max(input.courses.length, 1));
  const size = Math.min(11, gap - 2);
  input.courses.forEach((course, i) => centred(course, 266 - i * gap, size, fonts.regular));
  drawVerification(page, fonts.regular, input.certificateNo, t);
  return pdf.save();
}
