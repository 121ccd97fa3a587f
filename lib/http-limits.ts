import { MAX_IMPORT_BYTES } from '@/lib/validation/import-file';
import bodyLimit from './request-body-limit.json';

// The largest request body the portal takes. One number for both places that enforce it: Next's
// own limit for Server Actions (next.config.js, serverActions.bodySizeLimit) and proxy.ts, which
// answers a larger request itself. JSON, so the CommonJS config can require it too
// (tests/unit/http-limits.test.ts checks that the two agree). Next reads '10mb' as
// 10 × 1024 × 1024 bytes. The staff import's 4 MB file fits twice under it (its confirm step
// posts the decoded text back).
export const BODY_LIMIT_MB = bodyLimit.megabytes;
export const BODY_LIMIT_BYTES = BODY_LIMIT_MB * 1024 * 1024;

const methodsWithBody = new Set(['POST', 'PUT', 'PATCH']);

/**
 * True when a request announces a body over the limit. Next itself would read it, refuse it and
 * answer HTTP 500 with no explanation, so it is refused at the door instead. A body sent without
 * a Content-Length (chunked; browsers send one for forms) is left to Next's own limit.
 */
export function bodyTooLarge({ method, contentLength }: { method: string; contentLength: string | null }): boolean {
  if (!methodsWithBody.has(method.toUpperCase())) return false;
  const length = contentLength?.trim() ?? '';
  return /^\d+$/.test(length) && Number(length) > BODY_LIMIT_BYTES;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const megabytes = (bytes: number) => bytes / (1024 * 1024);

/**
 * The answer to a request over the limit: a page of its own, since none of the portal's pages runs
 * for it. `backTo` is the path that was posted to: without JavaScript a form posts to its own page.
 */
export function bodyTooLargePage(backTo: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Filen eller formuläret är för stort – Jämställdhetsportalen</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem}</style>
</head>
<body>
<main>
<h1>Filen eller formuläret är för stort</h1>
<p>Portalen tar emot högst ${BODY_LIMIT_MB} MB åt gången. Det du skickade var större, så inget är sparat.</p>
<p>Högst ${megabytes(MAX_IMPORT_BYTES)} MB för personalfiler. Dela upp en större fil i flera filer och importera dem en i taget.</p>
<p><a href="${escapeHtml(backTo)}">Tillbaka till sidan du kom från</a></p>
</main>
</body>
</html>
`;
}
