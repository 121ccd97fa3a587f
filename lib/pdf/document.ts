// Setting up a PDF the portal writes: its metadata, the embedded fonts and the colours.
import { PDFDocument, rgb } from 'pdf-lib';
import { embedFonts, type FontStyle } from './fonts';

export const A4_PORTRAIT: [number, number] = [595.28, 841.89];
export const A4_LANDSCAPE: [number, number] = [841.89, 595.28];

export const colours = { ink: rgb(0.1, 0.1, 0.1), grey: rgb(0.3, 0.3, 0.3), purple: rgb(0.23, 0.15, 0.45) };

/** A new document with its title, its language (Swedish unless told) and the font styles it draws with. */
export async function createPdf<S extends FontStyle>(options: {
  title: string;
  fonts: readonly S[];
  language?: string;
}) {
  const pdf = await PDFDocument.create();
  pdf.setTitle(options.title);
  pdf.setLanguage(options.language ?? 'sv-SE');
  pdf.setCreator('Jämställdhetsportalen');
  return { pdf, fonts: await embedFonts(pdf, options.fonts) };
}
