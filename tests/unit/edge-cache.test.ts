// nginx keeps what the app marks with X-Accel-Expires (deploy/nginx/portal.conf). A page marked by
// mistake would be shown to other readers: a signed-in page, one with a per-request nonce, a
// search result. Only the prerendered pages every reader gets alike may be marked.
import { describe, expect, it } from 'vitest';
import { rendersPerRequest } from '@/lib/csp';
import { EDGE_SECONDS, edgeSeconds } from '@/lib/edge-cache';

type Options = { method?: string; search?: string; headers?: Record<string, string>; cookies?: string[] };
const ask = (pathname: string, o: Options = {}) =>
  edgeSeconds({
    method: o.method ?? 'GET',
    pathname,
    search: o.search ?? '',
    headers: new Headers(o.headers),
    cookieNames: o.cookies ?? [],
  });

describe('edgeSeconds', () => {
  it('marks the start page, guidance pages and the about pages for anonymous readers', () => {
    for (const path of ['/', '/vagledning/cemr-deklarationen', '/om/tillganglighet', '/om/personuppgifter']) {
      expect(ask(path), path).toBe(EDGE_SECONDS);
      expect(ask(path, { method: 'HEAD' }), path).toBe(EDGE_SECONDS);
      expect(rendersPerRequest(path), path).toBe(false);
    }
  });

  it('marks nothing for a signed-in reader, whatever the session cookie is called', () => {
    for (const cookie of [
      'next-auth.session-token',
      '__Secure-next-auth.session-token',
      '__Secure-next-auth.session-token.0',
    ]) {
      expect(ask('/', { cookies: ['other', cookie] }), cookie).toBeNull();
    }
    expect(ask('/', { cookies: ['next-auth.csrf-token', 'next-auth.callback-url'] })).toBe(EDGE_SECONDS);
  });

  it('marks no address with a query string, so made-up ones cannot fill the cache', () => {
    expect(ask('/', { search: '?x=1' })).toBeNull();
    expect(ask('/vagledning/cemr-deklarationen', { search: '?utm_source=nyhetsbrev' })).toBeNull();
  });

  it('marks no form submission and no request of the client router', () => {
    expect(ask('/', { method: 'POST' })).toBeNull();
    expect(ask('/vagledning/cemr-deklarationen', { headers: { rsc: '1' } })).toBeNull();
    expect(ask('/', { headers: { 'next-router-prefetch': '1' } })).toBeNull();
  });

  it('marks no page rendered per request, and no address a guide cannot have', () => {
    for (const path of [
      '/vagledning',
      '/larvagar',
      '/larvagar/chef',
      '/kurser/konsstereotyper',
      '/min-sida',
      '/statistik',
      '/logga-in',
      '/vagledning/cemr-deklarationen/extra',
      '/vagledning/Stor-Bokstav',
      '/vagledning/%25',
      '/intyg/abc',
      '/api/halsa',
    ]) {
      expect(ask(path), path).toBeNull();
    }
  });
});
