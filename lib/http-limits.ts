import type { Locale } from '@/lib/i18n/config';
import { MAX_IMPORT_BYTES } from '@/lib/validation/import-file';
import bodyLimit from './request-body-limit.json';

// The largest request body the portal takes. The numbers live in JSON, so the CommonJS config
// can require them too: Next's own limit for Server Actions (next.config.js,
// serverActions.bodySizeLimit) is the largest, and proxy.ts answers a request over its path's
// limit itself (tests/unit/http-limits.test.ts checks that they agree). Next reads '10mb' as
// 10 × 1024 × 1024 bytes.
export const BODY_LIMIT_MB = bodyLimit.megabytes;
export const BODY_LIMIT_BYTES = BODY_LIMIT_MB * 1024 * 1024;

// The staff import page: a 24 MB file (lib/validation/import-file.ts), and its confirm step posts
// the decoded text back, which grows where a Windows-1252 file's å, ä and ö become two bytes each.
export const IMPORT_BODY_LIMIT_MB = bodyLimit.importMegabytes;
const importForm = /^\/admin\/import\/?$/;

// The learning example form, which posts to its own page: a 50 MB film, its captions and a 5 MB
// image (lib/uploads/rules.ts) with the text. Next's own limit is this one; proxy.ts holds every
// other path to the one above.
export const UPLOAD_BODY_LIMIT_MB = bodyLimit.uploadMegabytes;
const uploadForms = /^\/exempel\/(nytt|mina\/[^/]+)\/?$/;
const isUploadForm = (path: string) => uploadForms.test(path);

/** The largest body a request to `path` may send, in megabytes. */
export const bodyLimitMbFor = (path: string) =>
  isUploadForm(path) ? UPLOAD_BODY_LIMIT_MB : importForm.test(path) ? IMPORT_BODY_LIMIT_MB : BODY_LIMIT_MB;

const methodsWithBody = new Set(['POST', 'PUT', 'PATCH']);

/**
 * True when a request announces a body over the limit. Next itself would read it, refuse it and
 * answer HTTP 500 with no explanation, so it is refused at the door instead. A body sent without
 * a Content-Length (chunked; browsers send one for forms) is left to Next's own limit.
 */
export function bodyTooLarge({
  method,
  contentLength,
  path = '',
}: {
  method: string;
  contentLength: string | null;
  path?: string;
}): boolean {
  if (!methodsWithBody.has(method.toUpperCase())) return false;
  const length = contentLength?.trim() ?? '';
  return /^\d+$/.test(length) && Number(length) > bodyLimitMbFor(path) * 1024 * 1024;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const megabytes = (bytes: number) => bytes / (1024 * 1024);

// The page's few words in each language, here rather than in the catalogues (lib/i18n), which the
// proxy would otherwise carry whole.
const words: Record<
  Locale,
  { site: string; title: string; limit: (mb: number) => string; import: string; upload: string; back: string }
> = {
  sv: {
    site: 'Jämställdhetsportalen',
    title: 'Filen eller formuläret är för stort',
    limit: (mb) => `Portalen tar emot högst ${mb} MB åt gången. Det du skickade var större, så inget är sparat.`,
    import: `Högst ${megabytes(MAX_IMPORT_BYTES)} MB för personalfiler. Dela upp en större fil i flera filer och importera dem en i taget.`,
    upload: 'Högst 5 MB för en bild och 50 MB för en film. Korta filmen eller spara den i lägre upplösning.',
    back: 'Tillbaka till sidan du kom från',
  },
  en: {
    site: 'Gender Equality Portal',
    title: 'The file or form is too large',
    limit: (mb) =>
      `The portal accepts at most ${mb} MB at a time. What you sent was larger, so nothing has been saved.`,
    import: `At most ${megabytes(MAX_IMPORT_BYTES)} MB for staff files. Split a larger file into several files and import them one at a time.`,
    upload: 'At most 5 MB for an image and 50 MB for a film. Shorten the film or save it at a lower resolution.',
    back: 'Back to the page you came from',
  },
};

/**
 * The answer to a request over the limit: a page of its own, since none of the portal's pages runs
 * for it. `backTo` is the path that was posted to: without JavaScript a form posts to its own page.
 */
export function bodyTooLargePage(backTo: string, locale: Locale = 'sv'): string {
  const w = words[locale];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title} – ${w.site}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem}</style>
</head>
<body>
<main>
<h1>${w.title}</h1>
<p>${w.limit(bodyLimitMbFor(backTo))}</p>
<p>${isUploadForm(backTo) ? w.upload : w.import}</p>
<p><a href="${escapeHtml(backTo)}">${w.back}</a></p>
</main>
</body>
</html>
`;
}
