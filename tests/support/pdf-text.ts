// Reads the text of a PDF the portal wrote back out, so tests can check what it says. pdf-lib
// embeds our font as a Type0 font with Identity-H encoding: a string is a row of 2-byte glyph ids,
// and the font's ToUnicode map gives the characters of each glyph. A glyph the font lacks is drawn
// as glyph 0 (an empty box); it reads back as "\uFFFD" whatever ToUnicode says, so a test sees it.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFPage } from 'pdf-lib';

const rtlLetter = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

function streamText(stream: unknown): string {
  if (!(stream instanceof PDFRawStream)) throw new Error('Expected a stream');
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
}

/** Glyph id → its characters, for each font name of the page's resources. */
function toUnicodeMaps(page: PDFPage): Map<string, Map<number, string>> {
  const maps = new Map<string, Map<number, string>>();
  const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
  for (const [name, ref] of fonts?.entries() ?? []) {
    const font = page.doc.context.lookup(ref, PDFDict);
    const toUnicode = font.lookup(PDFName.of('ToUnicode'));
    // The standard PDF fonts have none; the portal embeds its own so that every name prints.
    if (!toUnicode) throw new Error(`Font ${name.decodeText()} has no ToUnicode map: not the portal's embedded font`);
    const cmap = streamText(toUnicode);
    const glyphs = new Map<number, string>();
    for (const [, gid, utf16] of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g))
      glyphs.set(parseInt(gid!, 16), Buffer.from(utf16!, 'hex').swap16().toString('utf16le'));
    maps.set(name.decodeText(), glyphs);
  }
  return maps;
}

function contentText(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => page.doc.context.lookup(r)) : [contents];
  return streams.map(streamText).join('\n');
}

/** Puts each right-to-left run of a line, which a PDF holds in visual order, back in reading order. */
function readingOrder(glyphs: string[]): string {
  const out: string[] = [];
  let run: string[] = [];
  for (const glyph of [...glyphs, '']) {
    if (rtlLetter.test(glyph) || (run.length > 0 && glyph === ' ')) run.push(glyph);
    else {
      // Spaces after the run belong to the line, not to the run.
      const trailing = run.length - run.findLastIndex((g) => g !== ' ') - 1;
      out.push(...run.slice(0, run.length - trailing).reverse(), ...run.slice(run.length - trailing), glyph);
      run = [];
    }
  }
  return out.join('');
}

/**
 * Every line of text in the PDF, in drawing order: the runs drawn at one height make one line, read
 * as a PDF reader does (a left-to-right line, right-to-left words in it read from the right).
 */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[][] = [];
  for (const page of doc.getPages()) {
    const maps = toUnicodeMaps(page);
    let font = new Map<number, string>();
    let y: string | null = null;
    let lineY: string | null = null;
    const ops =
      /\/(\S+)\s+[\d.]+\s+Tf|[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+([-\d.]+)\s+Tm|<([0-9a-fA-F]*)>\s*Tj/g;
    for (const [, fontName, tmY, hex] of contentText(page).matchAll(ops)) {
      if (fontName) font = maps.get(fontName) ?? new Map();
      if (tmY) y = tmY;
      if (hex === undefined) continue;
      const glyphs = (hex.match(/.{4}/g) ?? []).map((g) => {
        const id = parseInt(g, 16);
        return id === 0 ? '\uFFFD' : (font.get(id) ?? '\uFFFD');
      });
      if (y !== null && y === lineY) lines[lines.length - 1]!.push(...glyphs);
      else lines.push(glyphs);
      lineY = y;
    }
  }
  return lines.map(readingOrder);
}
