// The one rule for where a sign-in may send a person afterwards: a path on the portal itself.
// Used by the sign-in page, the sign-in forms and next-auth's `redirect` callback. Client-safe:
// the caller passes the portal's origin (env.NEXTAUTH_URL on the server, the page's own origin in
// the browser).

export const AFTER_SIGN_IN = '/min-sida';

const MAX_LENGTH = 2048;
// Browsers drop tabs and newlines and read a backslash as a slash, so `/\evil.example` or
// `/<tab>/evil.example` leave the site although they start with one slash. Refused, not repaired.
const HOSTILE = /[\u0000-\u001f\u007f-\u009f\\]/;
// Encoded forms are decoded as far as they go, so a layer that decodes them later cannot turn
// `%2F%2Fevil.example` into `//evil.example`.
const MAX_DECODING = 3;

/** A same-origin path (path, query and hash) for `value`, or AFTER_SIGN_IN when it is anything else. */
export function safeCallbackPath(value: unknown, origin: string): string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_LENGTH) return AFTER_SIGN_IN;
  if (!layersAreSafe(value)) return AFTER_SIGN_IN;
  let portal: URL;
  let target: URL;
  try {
    portal = new URL(origin);
    target = new URL(value, portal.origin);
  } catch {
    return AFTER_SIGN_IN;
  }
  // Only a path, or an absolute address on the portal itself; `http:evil.example` and other
  // relative forms a browser might read differently are refused.
  const absolute = value.startsWith(`${portal.origin}/`) || value === portal.origin;
  if (!absolute && !value.startsWith('/')) return AFTER_SIGN_IN;
  if (target.origin !== portal.origin) return AFTER_SIGN_IN;
  // `/.//evil.example` resolves to the path `//evil.example`, a protocol-relative address.
  const path = `${target.pathname}${target.search}${target.hash}`;
  return layersAreSafe(path) ? path : AFTER_SIGN_IN;
}

/** The absolute address next-auth wants from its `redirect` callback, by the same rule. */
export function safeCallbackUrl(value: unknown, origin: string): string {
  return `${new URL(origin).origin}${safeCallbackPath(value, origin)}`;
}

/**
 * The request address with its `callbackUrl` query parameter put through the rule, or null when it
 * has none. next-auth checks that parameter before any callback runs and answers HTTP 500 when it
 * is not a URL, so the route rewrites it first.
 */
export function withSafeCallbackQuery(address: string | URL, origin: string): URL | null {
  const url = new URL(address);
  const value = url.searchParams.get('callbackUrl');
  if (value === null) return null;
  url.searchParams.set('callbackUrl', safeCallbackUrl(value, origin));
  return url;
}

function layersAreSafe(value: string): boolean {
  let layer = value;
  for (let i = 0; i <= MAX_DECODING; i += 1) {
    if (HOSTILE.test(layer) || layer.startsWith('//')) return false;
    let next: string;
    try {
      next = decodeURIComponent(layer);
    } catch {
      // Malformed: a lenient decoder elsewhere might still read `//` out of it.
      return false;
    }
    if (next === layer) return true;
    layer = next;
  }
  return false;
}
