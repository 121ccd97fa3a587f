// @ts-check
// Headers for every response. The Content-Security-Policy of pages is set by proxy.ts (a nonce
// for pages rendered per request, lib/csp.ts; README, Security); the files the proxy does not see
// (build output, media, the icon) get the policy below: they are never pages, so nothing in
// them may run, and an SVG opened on its own shows only itself.
const filePolicy =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; font-src 'self'; frame-ancestors 'none'; sandbox";
const filePaths = ['/_next/static/:path*', '/_next/image', '/media/:path*', '/icon.svg'];
// One number for Next's limit and proxy.ts's clear answer above it (lib/http-limits.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS
const { megabytes: bodyLimitMb } = require('./lib/request-body-limit.json');

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
  reactStrictMode: true,
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
    // The staff import posts a CSV file of up to 4 MB, and its confirm step posts the decoded text
    // back (Windows-1252 text grows when it becomes UTF-8). The action refuses larger files itself;
    // a body above this limit is answered by proxy.ts with a Swedish page, not Next's HTTP 500.
    serverActions: { bodySizeLimit: `${bodyLimitMb}mb` },
  },
  serverExternalPackages: ['better-sqlite3', 'pg'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      ...filePaths.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: filePolicy }] })),
    ];
  },
  async rewrites() {
    // A guide address not prerendered at build time (dynamicParams = false in
    // app/(public)/vagledning/[slug]) is answered per request, uncached (README, How guidance
    // pages are served).
    return { fallback: [{ source: '/vagledning/:slug', destination: '/vagledning/publicerad/:slug' }] };
  },
};

module.exports = nextConfig;
