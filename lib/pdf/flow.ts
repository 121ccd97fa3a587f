// Text that runs down A4 pages: a block (a heading with its first item, an item's lines) is
// moved whole to the next page when it does not fit, and only a block taller than a page is split.
import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';
import { A4_PORTRAIT, colours } from './document';
import { drawText, wrap } from './text';

export type FlowLine = { text: string; font: PDFFont; size: number; indent?: number; color?: RGB; gapBefore?: number };

const leading = 1.35;

export function createFlow(pdf: PDFDocument, margin: number) {
  const [pageWidth, pageHeight] = A4_PORTRAIT;
  const width = pageWidth - 2 * margin;
  let page: PDFPage = pdf.addPage(A4_PORTRAIT);
  let y = pageHeight - margin;
  const newPage = () => {
    page = pdf.addPage(A4_PORTRAIT);
    y = pageHeight - margin;
  };
  const linesOf = (l: FlowLine) => wrap(l.text, l.font, l.size, width - (l.indent ?? 0));
  const height = (lines: readonly FlowLine[]) =>
    lines.reduce((h, l) => h + (l.gapBefore ?? 0) + linesOf(l).length * l.size * leading, 0);

  /** Draws one block; it starts on a new page unless it fits on this one (or this page is still empty). */
  function draw(lines: readonly FlowLine[]) {
    if (y - height(lines) < margin + 30 && y < pageHeight - margin) newPage();
    for (const l of lines) {
      y -= l.gapBefore ?? 0;
      for (const text of linesOf(l)) {
        if (y - l.size * leading < margin) newPage();
        y -= l.size * leading;
        drawText(page, text, {
          x: margin + (l.indent ?? 0),
          y,
          size: l.size,
          font: l.font,
          color: l.color ?? colours.ink,
        });
      }
    }
  }

  /** A footer line on every page, told its page number and the number of pages. */
  function footer(text: (page: number, pages: number) => string, style: { font: PDFFont; size: number }) {
    const pages = pdf.getPages();
    for (const [i, p] of pages.entries())
      drawText(p, text(i + 1, pages.length), { x: margin, y: margin - 20, ...style, color: colours.grey });
  }

  return { draw, footer };
}
