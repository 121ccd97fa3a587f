// The Content-Security-Policy of every page, set by proxy.ts (README, Security). Pure and free of
// Node APIs: the proxy and the unit tests call it.

export type CspOptions = {
  /** A fresh nonce for a page rendered per request; none for a prerendered (static) page. */
  nonce?: string;
  /** Development only: React's debugging needs eval, and the dev server a WebSocket. */
  development?: boolean;
  /** Another origin a sign-in form posts to (Microsoft Entra ID when it is configured). */
  formOrigins?: readonly string[];
};

/**
 * With a nonce, only scripts carrying it run ('strict-dynamic' lets them load Next's chunks);
 * 'self' and 'unsafe-inline' are then ignored by browsers. Without one (static pages, whose HTML
 * is written once for everybody), inline scripts of our own origin are allowed: Next's
 * hydration data is inline. Styles keep 'unsafe-inline' for style attributes (charts, React).
 */
export function contentSecurityPolicy({ nonce, development = false, formOrigins = [] }: CspOptions): string {
  const eval_ = development ? " 'unsafe-eval'" : '';
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${eval_}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "media-src 'self'",
    `connect-src 'self'${development ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formOrigins].join(' '),
    "frame-ancestors 'none'",
  ].join('; ');
}

/** 16 random bytes, base64: unguessable, and a valid CSP nonce. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

// Pages Next prerenders (the build lists them in .next/prerender-manifest.json): served from the
// page cache to everybody, so they cannot carry a per-request nonce. Next's own 404 page for an
// address that matches no page is prerendered too, which is why the list below names the areas
// that render per request and everything else counts as static: a page missing from the list
// gets the weaker static policy, never scripts that do not run (tests/e2e/pages-hardening.spec.ts checks the
// build's prerendered pages against it). Route handlers (/api) answer data, and next-auth's own
// pages there are not ours to give nonces.
const perRequestAreas = [
  '/admin',
  '/checklista',
  '/chef',
  '/e-post',
  '/konto',
  '/kurser',
  '/larvagar',
  '/logga-in',
  '/min-sida',
  '/redaktion',
  '/statistik',
];
const staticInsideAreas = new Set(['/logga-in/kolla-din-e-post']);

/** Whether the page at this path is rendered per request (and can carry a nonce). */
export function rendersPerRequest(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/vagledning') return true; // the list reads its search parameters
  if (staticInsideAreas.has(path)) return false;
  return perRequestAreas.some((area) => path === area || path.startsWith(`${area}/`));
}
