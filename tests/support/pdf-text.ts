// Reads the text drawn by pdf-lib back out of a PDF (its content streams are deflated and its
// strings hex-encoded in WinAnsi), so tests can check what a generated PDF says.
import { inflateSync } from 'node:zlib';

const winAnsiExtra: Record<number, string> = {
  0x80: '€',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x96: '–',
  0x97: '—',
  0x95: '•',
};

function decodeHex(hex: string): string {
  let out = '';
  for (let i = 0; i < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    out += winAnsiExtra[code] ?? String.fromCharCode(code);
  }
  return out;
}

/** Every line of text in the PDF, in drawing order. */
export function pdfText(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes);
  const lines: string[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf('stream', at, 'latin1');
    if (start < 0) break;
    const bodyStart = start + (raw[start + 6] === 0x0d ? 8 : 7);
    const end = raw.indexOf('endstream', bodyStart, 'latin1');
    if (end < 0) break;
    at = end + 9;
    let content: string;
    try {
      content = inflateSync(raw.subarray(bodyStart, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const match of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) lines.push(decodeHex(match[1]!));
  }
  return lines;
}
