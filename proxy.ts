import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce, rendersPerRequest } from '@/lib/csp';
import { entraEnabled, env } from '@/lib/env';
import { EDGE_HEADER, edgeSeconds } from '@/lib/edge-cache';
import { bodyTooLarge, bodyTooLargePage } from '@/lib/http-limits';
import { LOCALE_COOKIE, LOCALE_HEADER, LOCALE_PARAM, negotiateLocale, type Locale } from '@/lib/i18n/config';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/request-id';

const CSP_HEADER = 'content-security-policy';
const formOrigins = entraEnabled ? ['https://login.microsoftonline.com'] : [];
const development = env.NODE_ENV === 'development';
const staticPolicy = contentSecurityPolicy({ development, formOrigins });

// A guide's address as the editor allows it (lib/validation/content.ts, slugSchema), still
// percent-encoded: a valid one has nothing to decode.
const guideAddress = /^\/vagledning\/([^/]+)/;
const guideSlug = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// Addresses that are not pages, so have no language: route handlers outside app/[locale], and
// Next's own (the development server's among them).
const notPages = /^\/(api|scim|_next|__nextjs)(\/|$|_)/;

/**
 * Every request: an id for the log (lib/log.ts, requestLogger), returned in the response, and
 * the Content-Security-Policy (lib/csp.ts). A page rendered per request gets a fresh nonce in the
 * request's CSP header, which is where Next reads it for its own scripts; a static page gets the
 * static policy and its request no nonce, so none is written into the page cache. A body over
 * the server's limit is refused here with a page in the reader's language (lib/http-limits.ts). A page the same for
 * every reader of a language says how long nginx may keep it (lib/edge-cache.ts). The reader's
 * language is chosen here (lib/i18n/config.ts: the address's `?sprak=`, the cookie, the browser)
 * and every page address is rewritten, inside the app, to app/[locale], so addresses stay the
 * same in both languages and prerendered pages stay prerendered. Authorization is not done here (lib/auth/guards.ts).
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  const nonce = rendersPerRequest(request.nextUrl.pathname) ? newNonce() : undefined;
  const policy = nonce ? contentSecurityPolicy({ nonce, development, formOrigins }) : staticPolicy;
  if (nonce) headers.set(CSP_HEADER, policy);
  else headers.delete(CSP_HEADER);

  const locale = negotiateLocale({
    asked: request.nextUrl.searchParams.get(LOCALE_PARAM),
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get('accept-language'),
  });
  const response = answer(request, headers, locale);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set(CSP_HEADER, policy);
  const edge = nonce
    ? null
    : edgeSeconds({
        method: request.method,
        pathname: request.nextUrl.pathname,
        search: request.nextUrl.search,
        headers: request.headers,
        cookieNames: request.cookies.getAll().map((c) => c.name),
      });
  if (edge !== null) response.headers.set(EDGE_HEADER, String(edge));
  return response;
}

function answer(request: NextRequest, headers: Headers, locale: Locale): NextResponse {
  const path = request.nextUrl.pathname;
  if (bodyTooLarge({ method: request.method, contentLength: request.headers.get('content-length'), path })) {
    return new NextResponse(bodyTooLargePage(path, locale), {
      status: 413,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  if (notPages.test(path)) {
    headers.delete(LOCALE_HEADER);
    return NextResponse.next({ request: { headers } });
  }
  headers.set(LOCALE_HEADER, locale);
  // The query stays (the client router keys a page by it). request.url is the address as the
  // server received it (skipProxyUrlNormalize in next.config.js), so the rewrite stays inside.
  const page = malformedGuideAddress(request) ? '/vagledning/ogiltig/adress' : path === '/' ? '' : path;
  return NextResponse.rewrite(new URL(`/${locale}${page}${request.nextUrl.search}`, request.url), {
    request: { headers },
  });
}

// An address no guide can have (`/vagledning/%25`, capitals, spaces) answers Next's 404 page
// before any page runs; a valid but unknown one is answered by the guide page (README, How
// guidance pages are served).
function malformedGuideAddress(request: NextRequest): boolean {
  const segment = guideAddress.exec(request.nextUrl.pathname)?.[1];
  // Next's own requests for a page's data add a suffix after a dot, which no slug has.
  return segment !== undefined && !guideSlug.test(segment.split('.')[0]!);
}

export const config = {
  // Build output and media files are not pages (next.config.js gives them their own policy).
  matcher: ['/((?!_next/static|_next/image|media/|icon.svg).*)'],
};
