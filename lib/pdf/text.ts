// Drawing and measuring a line of text. fontkit shapes Arabic (joined letter forms) and puts it
// in visual order only when a run holds nothing but right-to-left letters, so a line is drawn as
// runs: "Łucja Nguyễn محمد" becomes "Łucja Nguyễn " and "محمد", left to right, as the Unicode
// bidirectional algorithm orders right-to-left words inside a left-to-right line.
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';

// Hebrew, Arabic, Syriac, Thaana, N'Ko …, and the Hebrew and Arabic presentation forms.
const rtl = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFC';
const rtlRun = new RegExp(`[${rtl}](?:[${rtl}\\s]*[${rtl}])?`, 'g');

/** The text split into left-to-right and right-to-left runs, in reading order. */
function directionRuns(text: string): string[] {
  const runs: string[] = [];
  let at = 0;
  for (const match of text.matchAll(rtlRun)) {
    if (match.index > at) runs.push(text.slice(at, match.index));
    runs.push(match[0]);
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push(text.slice(at));
  return runs;
}

// Measuring is a full shaping pass in fontkit, and wrapping measures every candidate line: widths
// are kept per word (at size 1) and a line is the sum of its words and spaces. Shaping never
// joins across a space, so the sum is the drawn width up to kerning around spaces.
const wordWidths = new WeakMap<PDFFont, Map<string, number>>();

function wordWidth(word: string, font: PDFFont): number {
  let cache = wordWidths.get(font);
  if (!cache) wordWidths.set(font, (cache = new Map()));
  let width = cache.get(word);
  if (width === undefined) {
    width = directionRuns(word).reduce((sum, run) => sum + font.widthOfTextAtSize(run, 1), 0);
    cache.set(word, width);
  }
  return width;
}

export function textWidth(text: string, font: PDFFont, size: number): number {
  const words = text.split(' ');
  const width = words.reduce((sum, word) => sum + wordWidth(word, font), 0);
  return (width + (words.length - 1) * wordWidth(' ', font)) * size;
}

export type TextStyle = { font: PDFFont; size: number; color: RGB };

export function drawText(page: PDFPage, text: string, at: { x: number; y: number } & TextStyle): void {
  let x = at.x;
  for (const run of directionRuns(text)) {
    page.drawText(run, { ...at, x });
    x += textWidth(run, at.font, at.size);
  }
}

/** Breaks text into lines that fit; words longer than a line (long links) are cut. */
export function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const fits = (s: string) => textWidth(s, font, size) <= maxWidth;
  const out: string[] = [];
  for (const paragraph of text.replace(/\t/g, ' ').split(/\r?\n/)) {
    let line = '';
    for (let word of paragraph.split(' ')) {
      while (!fits(word)) {
        // The longest start of the word that fits, found by halving (at least one letter).
        let [cut, tooLong] = [1, word.length];
        while (tooLong - cut > 1) {
          const middle = Math.floor((cut + tooLong) / 2);
          if (fits(word.slice(0, middle))) cut = middle;
          else tooLong = middle;
        }
        if (line) out.push(line);
        out.push(word.slice(0, cut));
        line = '';
        word = word.slice(cut);
      }
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) line = candidate;
      else {
        out.push(line);
        line = word;
      }
    }
    out.push(line);
  }
  return out;
}
