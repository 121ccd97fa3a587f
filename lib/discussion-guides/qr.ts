// The QR code printed on a discussion guide: it leads from the paper in the meeting room to the
// course in the portal. The same code is drawn in the page (SVG) and in the PDF (squares).
import { create, toString as renderQr } from 'qrcode';
import { portalUrl } from '@/lib/mail/unsubscribe';

// Level M still reads with a crease or a stain on the paper, and keeps the code small enough to
// scan from a printed page.
const options = { errorCorrectionLevel: 'M' } as const;

/** The course's absolute address, from the portal's public base URL (NEXTAUTH_URL). */
export const courseUrl = (courseSlug: string) => portalUrl(`/kurser/${courseSlug}`);

/** The code's modules, row by row; true is a dark module. The caller leaves a light margin around it. */
export function qrMatrix(url: string): boolean[][] {
  const { modules } = create(url, options);
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, column) => modules.get(row, column) === 1),
  );
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The code as an SVG image, black on white, with its text alternative (`label`: "QR-kod med länk till kursen: …"). */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await renderQr(url, { ...options, type: 'svg', margin: 4 });
  return svg.trim().replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" focusable="false" `);
}
