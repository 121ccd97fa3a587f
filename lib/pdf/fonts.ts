// The one font of every PDF the portal writes. The standard PDF fonts stop at Latin-1, so names
// in a municipal staff register (Polish, Vietnamese, Somali, Arabic …) printed as "?". DejaVu Sans
// (free licence, from the dejavu-fonts-ttf package) covers Latin, Greek, Cyrillic, Arabic and
// Hebrew; it is embedded as a subset (only the glyphs a document uses), so a certificate stays
// around 11 kB instead of 800 kB.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

// The condensed cut: its widths are close to Helvetica's, which the PDFs were laid out with, so
// headings and status lines that fitted on one line still do.
const files = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
  italic: 'DejaVuSansCondensed-Oblique.ttf',
} as const;
export type FontStyle = keyof typeof files;

// Read from the project's node_modules at run time, as lib/content/loader.ts reads content/:
// `require.resolve` would be rewritten to a module id inside the Next server bundle.
const fontDir = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const loaded = new Map<FontStyle, Uint8Array>();

function fontBytes(style: FontStyle): Uint8Array {
  let bytes = loaded.get(style);
  if (!bytes) {
    bytes = readFileSync(path.join(fontDir, files[style]));
    loaded.set(style, bytes);
  }
  return bytes;
}

// pdf-lib parses the font file again for every document it embeds it in (~100 ms for DejaVu);
// the parsed font is only read (each document makes its own subset), so it is parsed once.
const parsed = new Map<Uint8Array, ReturnType<typeof fontkit.create>>();
const parsedOnce: typeof fontkit = {
  ...fontkit,
  create: (bytes: Uint8Array) => {
    if (!parsed.has(bytes)) parsed.set(bytes, fontkit.create(bytes));
    return parsed.get(bytes)!;
  },
};

/** Embeds the given styles of DejaVu Sans, subset to the glyphs the document draws. */
export async function embedFonts<S extends FontStyle>(
  pdf: PDFDocument,
  styles: readonly S[],
): Promise<Record<S, PDFFont>> {
  pdf.registerFontkit(parsedOnce);
  const fonts = {} as Record<S, PDFFont>;
  for (const style of styles) fonts[style] = await pdf.embedFont(fontBytes(style), { subset: true });
  return fonts;
}
