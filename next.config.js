// @ts-check
// Security headers for every response. The CSP allows no third-party origin. Inline scripts are
// allowed by 'unsafe-inline' rather than per-request nonces: nonces would force every page to be
// rendered per request, and the guidance pages are served static (see README, Security).
const isDev = process.env.NODE_ENV !== 'production';
const entraOrigin = process.env.ENTRA_TENANT_ID ? ' https://login.microsoftonline.com' : '';

const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'self'",
  `connect-src 'self'${isDev ? ' ws:' : ''}`,
  "object-src 'none'",
  "base-uri 'self'",
  `form-action 'self'${entraOrigin}`,
  "frame-ancestors 'none'",
].join('; ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
    // The staff import posts a CSV file of up to 4 MB, and its confirm step posts the decoded text
    // back (Windows-1252 text grows when it becomes UTF-8). The action refuses larger files itself.
    serverActions: { bodySizeLimit: '10mb' },
  },
  serverExternalPackages: ['better-sqlite3', 'pg'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
