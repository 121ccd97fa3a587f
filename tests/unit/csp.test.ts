import { NextRequest } from 'next/server';
import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, rendersPerRequest } from '@/lib/csp';
import { proxy } from '@/proxy';

// Regression guard for finding 9 of issue 14: inline scripts were allowed on every page, and
// data:/blob: images although the README says own origin only.

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('contentSecurityPolicy', () => {
  it('with a nonce, runs only scripts that carry it', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc123+/=' });
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'nonce-abc123+/='", "'strict-dynamic'"]);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(getScriptNonceFromHeader(policy)).toBe('abc123+/=');
  });

  it('without a nonce (static pages), allows inline scripts of our own origin only', () => {
    const policy = contentSecurityPolicy({});
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(getScriptNonceFromHeader(policy)).toBeUndefined();
  });

  it('allows images, fonts and connections from our own origin only, and nothing else anywhere', () => {
    for (const policy of [contentSecurityPolicy({}), contentSecurityPolicy({ nonce: 'n' })]) {
      expect(directive(policy, 'img-src')).toEqual(["'self'"]);
      expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
      expect(policy).not.toMatch(/data:|blob:|https?:|\*/);
      for (const rule of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"])
        expect(policy).toContain(rule);
    }
  });

  it("adds 'unsafe-eval' and the dev server's WebSocket in development only", () => {
    expect(contentSecurityPolicy({ nonce: 'n' })).not.toContain('unsafe-eval');
    const dev = contentSecurityPolicy({ nonce: 'n', development: true });
    expect(directive(dev, 'script-src')).toContain("'unsafe-eval'");
    expect(directive(dev, 'connect-src')).toEqual(["'self'", 'ws:']);
  });

  it('lets sign-in forms post to a configured identity provider', () => {
    const policy = contentSecurityPolicy({ formOrigins: ['https://login.microsoftonline.com'] });
    expect(directive(policy, 'form-action')).toEqual(["'self'", 'https://login.microsoftonline.com']);
  });
});

describe('newNonce', () => {
  it('is a fresh base64 value each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('rendersPerRequest', () => {
  it.each([
    ['/min-sida', true],
    ['/logga-in', true],
    ['/admin/personer/abc', true],
    ['/redaktion/vagledning', true],
    ['/vagledning', true],
    ['/vagledning/', true],
    ['/', false],
    ['/vagledning/steg-4-kompetens-och-larande', false],
    ['/om/tillganglighet', false],
    ['/logga-in/kolla-din-e-post', false],
    ['/finns-inte', false],
    ['/min-sidan', false],
    ['/api/auth/session', false],
  ])('%s → %s', (path, expected) => expect(rendersPerRequest(path)).toBe(expected));
});

describe('proxy', () => {
  const run = (path: string) => proxy(new NextRequest(`http://localhost${path}`));
  const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);

  it('gives a page rendered per request a nonce, in the request (for Next) and in the response', () => {
    const first = run('/min-sida');
    const policy = first.headers.get('content-security-policy')!;
    expect(getScriptNonceFromHeader(policy)).toBeTruthy();
    expect(forwarded(first, 'content-security-policy')).toBe(policy);
    expect(first.headers.get('x-request-id')).toBeTruthy();
    expect(run('/min-sida').headers.get('content-security-policy')).not.toBe(policy);
  });

  it('gives a static page the static policy and its request no nonce', () => {
    const response = run('/vagledning/steg-4-kompetens-och-larande');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy({}));
    expect(forwarded(response, 'content-security-policy')).toBeNull();
    // Only to the page in the reader's language.
    expect(new URL(response.headers.get('x-middleware-rewrite')!).pathname).toBe(
      '/sv/vagledning/steg-4-kompetens-och-larande',
    );
  });

  it('answers a guide address no guide can have with the 404 page, before any page runs', () => {
    // To /<language>/vagledning/ogiltig/adress, which no page has.
    const rewritten = (path: string) => new URL(run(path).headers.get('x-middleware-rewrite')!).pathname;
    for (const path of ['/vagledning/%25', '/vagledning/%2525', '/vagledning/Stor', '/vagledning/a%20b'])
      expect(rewritten(path), path).toBe('/sv/vagledning/ogiltig/adress');
    expect(rewritten('/vagledning/finns-inte-alls')).toBe('/sv/vagledning/finns-inte-alls');
  });
});
