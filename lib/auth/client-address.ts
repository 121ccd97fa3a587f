import { isIP } from 'node:net';

type Headers = Record<string, string | string[] | undefined> | undefined;

/**
 * The client's address for the sign-in counter, or null when it cannot be trusted.
 *
 * Next.js sets X-Forwarded-For to the connection's address only when the request has none, and
 * each reverse proxy appends the address it saw. So with `trustedProxies` proxies in front, the
 * client is that many entries from the right; anything further left was written by the client.
 * The default deployment (README: `npm start` on 127.0.0.1 behind one proxy on the same machine)
 * is 1, which also gives the connection's address when the portal is reached directly on
 * loopback. With 0 the header is ignored and only the per-address counter applies.
 */
export function clientAddress(headers: Headers, trustedProxies: number): string | null {
  if (trustedProxies < 1) return null;
  const raw = headers?.['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  if (!value) return null;
  const hops = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = hops[Math.max(hops.length - trustedProxies, 0)];
  return entry && isIP(entry) ? entry.toLowerCase() : null;
}
