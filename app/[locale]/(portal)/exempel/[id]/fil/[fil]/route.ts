import { getViewer } from '@/lib/auth/guards';
import { getExampleFile } from '@/lib/data/learning-examples';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http';
import { parseRange } from '@/lib/uploads/range';
import { openUpload } from '@/lib/uploads/store';

// An example's image, film or captions, for exactly those who may read the example's page
// (getExampleFile): anything else, another organisation's or not yet published, is "not found",
// never "forbidden", so its existence is not told. Films are sought in with Range requests.

const NOT_FOUND = 'Filen finns inte, eller så får du inte se den.';

export const GET = handle(async (request: Request, { params }: { params: Promise<{ id: string; fil: string }> }) => {
  const { id, fil } = await params;
  const found = await getExampleFile(await getViewer(), id, fil);
  const stored = found ? await openUpload(found.key) : null;
  if (!found || !stored) throw notFound(NOT_FOUND);
  const headers = new Headers({
    'content-type': found.type === 'text/vtt' ? 'text/vtt; charset=utf-8' : found.type,
    'content-disposition': 'inline',
    'x-content-type-options': 'nosniff',
    'accept-ranges': 'bytes',
    // A new file gets a new key (address), so a kept copy is never stale; a withdrawn or
    // unpublished one is gone from shared caches within minutes.
    'cache-control': found.cacheable ? 'public, max-age=300' : 'private, max-age=300',
    etag: `"${found.key}"`,
  });
  if (request.headers.get('if-none-match') === headers.get('etag')) return new Response(null, { status: 304, headers });
  const range = parseRange(request.headers.get('range'), stored.size);
  if (range === 'unsatisfiable') {
    headers.set('content-range', `bytes */${stored.size}`);
    return new Response(null, { status: 416, headers });
  }
  if (!range) {
    headers.set('content-length', String(stored.size));
    return new Response(stored.read(), { headers });
  }
  headers.set('content-range', `bytes ${range.start}-${range.end}/${stored.size}`);
  headers.set('content-length', String(range.end - range.start + 1));
  return new Response(stored.read(range), { status: 206, headers });
});
