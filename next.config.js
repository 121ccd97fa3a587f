// @ts-check
// Headers for every response. The Content-Security-Policy of pages is set by proxy.ts (a nonce
// for pages rendered per request, lib/csp.ts; README, Security); the files the proxy does not see
// (build output, media, the icon) get the policy below: they are never pages, so nothing in
// them may run, and an SVG opened on its own shows only itself.
const filePolicy =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; font-src 'self'; frame-ancestors 'none'; sandbox";
const filePaths = ['/_next/static/:path*', '/_next/image', '/media/:path*', '/icon.svg'];
// The numbers for Next's limits and proxy.ts's clear answer above them (lib/http-limits.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS
const { uploadMegabytes } = require('./lib/request-body-limit.json');
// next-intl reads each render's language and messages from lib/i18n/request.ts.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS
const createNextIntlPlugin = require('next-intl/plugin');
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Also a self-contained server in .next/standalone for the container image (Dockerfile,
  // scripts/standalone.mjs); `npm start` (next start) serves the same build as before.
  output: 'standalone',
  reactStrictMode: true,
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
    // An address that matches no page gets app/global-not-found.tsx, as the root layout is
    // app/[locale]/layout.tsx (one per language).
    globalNotFound: true,
    // The largest form is a learning example's (a 50 MB film, its captions and a 5 MB image). Every
    // other path is held to 10 MB by proxy.ts, which answers a larger body with a Swedish page, not
    // Next's HTTP 500; each action refuses files over its own limit itself.
    serverActions: { bodySizeLimit: `${uploadMegabytes}mb` },
    // Next hands proxy.ts a copy of each request body and cuts it at this size (10 MB unless set),
    // which would cut a film short before its action reads it.
    proxyClientMaxBodySize: `${uploadMegabytes}mb`,
  },
  // proxy.ts rewrites every page to app/[locale] (the reader's language). Next treats a rewrite to
  // another origin as a request to an outside server; it compares with the address it listens on
  // (next start -H, or localhost), and hands the proxy that address only with this setting (else
  // always "localhost"). Next's other normalising is for the pages router, which the portal does
  // not use.
  skipProxyUrlNormalize: true,
  serverExternalPackages: ['better-sqlite3', 'pg'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      ...filePaths.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: filePolicy }] })),
    ];
  },
  async rewrites() {
    // A guide address not prerendered at build time (dynamicParams = false in
    // app/[locale]/(public)/vagledning/[slug]) is answered per request, uncached (README, How
    // guidance pages are served). proxy.ts has put the language first.
    return {
      fallback: [{ source: '/:locale(sv|en)/vagledning/:slug', destination: '/:locale/vagledning/publicerad/:slug' }],
    };
  },
};

module.exports = withNextIntl(nextConfig);
