// Which answers nginx in front of the app may keep (deploy/nginx/portal.conf), and for how long.
// Only pages that are the same for every reader: prerendered, without a per-request nonce
// (lib/csp.ts), asked for by a reader who is not signed in, and not Next's own data requests.
// nginx keeps nothing else; Next's own Cache-Control (a year for a prerendered page) is meant
// for a CDN that is purged at each release, so nginx does not read it.

/** Seconds nginx keeps a page: a published or withdrawn guidance page reaches readers within this. */
export const EDGE_SECONDS = 5;
export const EDGE_HEADER = 'x-accel-expires';

const sharedPages = new Set(['/', '/om/tillganglighet', '/om/personuppgifter']);
// A guidance page's address as the editor allows it (lib/validation/content.ts, slugSchema).
const guidePage = /^\/vagledning\/[a-z0-9]+(-[a-z0-9]+)*$/;
const SESSION_COOKIE = 'next-auth.session-token';

type Request = {
  method: string;
  pathname: string;
  /** The query string ('' for none): an address with one is not kept, so none can fill the cache. */
  search: string;
  headers: Headers;
  cookieNames: readonly string[];
};

export function edgeSeconds({ method, pathname, search, headers, cookieNames }: Request): number | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (search !== '') return null;
  // The client router's requests for a page's data, not the page.
  if (headers.has('rsc') || headers.has('next-router-prefetch')) return null;
  // Also __Secure-next-auth.session-token and its chunks (.0, .1).
  if (cookieNames.some((name) => name.includes(SESSION_COOKIE))) return null;
  return sharedPages.has(pathname) || guidePage.test(pathname) ? EDGE_SECONDS : null;
}
