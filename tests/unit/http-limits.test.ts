// Regression guard for finding 12 of issue 14: a request body over the server's limit (10 MB, e.g.
// the HR import form posted without JavaScript) got Next's own HTTP 500. proxy.ts now answers it
// at the door with 413 and a Swedish page saying what to do.
import { createRequire } from 'node:module';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, bodyTooLarge, bodyTooLargePage, UPLOAD_BODY_LIMIT_MB } from '@/lib/http-limits';
import { proxy } from '@/proxy';

const MIB = 1024 * 1024;
const post = (contentLength: string | null, method = 'POST', path = '/admin/import') =>
  bodyTooLarge({ method, contentLength, path });

describe('bodyTooLarge', () => {
  it('lets the limit through and refuses a byte more, and 11 MB', () => {
    for (const path of ['/admin/personer', '/kurser/konsstereotyper', '/admin/import/annat']) {
      expect(post(String(10 * MIB), 'POST', path)).toBe(false);
      expect(post(String(10 * MIB + 1), 'POST', path)).toBe(true);
      expect(post(String(11 * MIB), 'POST', path)).toBe(true);
    }
  });

  it('gives the import page room for a 24 MB file and its text posted back, and only that page', () => {
    expect(post(String(50 * MIB))).toBe(false);
    expect(post(String(50 * MIB + 1))).toBe(true);
    expect(post(String(50 * MIB), 'POST', '/admin/import/')).toBe(false);
    expect(post(String(11 * MIB), 'POST', '/admin')).toBe(true);
  });

  it('decides for every method that sends a form or data, however it is spelled', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'post']) expect(post(String(51 * MIB), method)).toBe(true);
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(post(String(51 * MIB), method)).toBe(false);
  });

  it('leaves a body without a usable length to Next', () => {
    for (const length of [null, '', 'många', '-1', '1e9', '12582912, 12582912']) expect(post(length)).toBe(false);
  });

  it('gives the learning example form room for a 50 MB film and a 5 MB image, and only that form', () => {
    for (const path of ['/exempel/nytt', '/exempel/mina/abc123']) {
      expect(post(String(56 * MIB), 'POST', path)).toBe(false);
      expect(post(String(60 * MIB), 'POST', path)).toBe(false);
      expect(post(String(60 * MIB + 1), 'POST', path)).toBe(true);
    }
    for (const path of ['/exempel', '/exempel/granska', '/exempel/mina', '/exempel/mina/a/b', '/admin/exempel/nytt'])
      expect(post(String(11 * MIB), 'POST', path)).toBe(true);
  });

  it('is the limit next.config.js gives Next, for actions and for the copy proxy.ts reads', () => {
    const config = createRequire(import.meta.url)('../../next.config.js') as {
      experimental: { serverActions: { bodySizeLimit: string }; proxyClientMaxBodySize: string };
    };
    expect(config.experimental.serverActions.bodySizeLimit).toBe(`${UPLOAD_BODY_LIMIT_MB}mb`);
    // Next cuts the body proxy.ts sees at this size (10 MB by default): a film would arrive cut short.
    expect(config.experimental.proxyClientMaxBodySize).toBe(`${UPLOAD_BODY_LIMIT_MB}mb`);
    expect(UPLOAD_BODY_LIMIT_MB).toBe(60);
    expect(BODY_LIMIT_BYTES).toBe(10 * MIB);
  });
});

describe('the page for a body over the limit', () => {
  const page = bodyTooLargePage('/admin/import');

  it('is a Swedish page with a title, a heading, what to do and a way back', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(page).toContain('<title>Filen eller formuläret är för stort – Jämställdhetsportalen</title>');
    expect(page).toContain('<h1>Filen eller formuläret är för stort</h1>');
    expect(page).toContain('högst 50 MB');
    expect(page).toContain('Högst 24 MB för personalfiler. Dela upp en större fil i flera filer');
    expect(page).toContain('<a href="/admin/import">Tillbaka till sidan du kom från</a>');
  });

  it('tells the example form its own limits', () => {
    const examplePage = bodyTooLargePage('/exempel/nytt');
    expect(examplePage).toContain('högst 60 MB');
    expect(examplePage).toContain('Högst 5 MB för en bild och 50 MB för en film.');
    expect(examplePage).not.toContain('personalfiler');
  });

  it('is in English for an English reader', () => {
    const english = bodyTooLargePage('/admin/import', 'en');
    expect(english).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(english).toContain('<title>The file or form is too large – Gender Equality Portal</title>');
    expect(english).toContain('The portal accepts at most 50 MB at a time.');
    expect(english).toContain('At most 24 MB for staff files.');
    expect(english).toContain('<a href="/admin/import">Back to the page you came from</a>');
    expect(english).not.toMatch(/[åäö]/);
  });

  it('writes the path back as text, never as markup', () => {
    expect(bodyTooLargePage('/x"><script>alert(1)</script>')).toContain(
      'href="/x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"',
    );
  });
});

describe('proxy', () => {
  const request = (method: string, bytes: number, path = '/admin/import') =>
    new NextRequest(`http://localhost:3000${path}`, {
      method,
      headers: { 'content-length': String(bytes), 'content-type': 'multipart/form-data; boundary=x' },
    });

  it('answers a POST over the limit with 413 and the page, with its request id and policy', async () => {
    const response = proxy(request('POST', 51 * MIB));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-middleware-next')).toBeNull();
    expect(await response.text()).toBe(bodyTooLargePage('/admin/import'));
  });

  it('answers in the reader’s language', async () => {
    const english = new NextRequest('http://localhost:3000/admin/import', {
      method: 'POST',
      headers: { 'content-length': String(51 * MIB), cookie: 'sprak=en' },
    });
    expect(await proxy(english).text()).toBe(bodyTooLargePage('/admin/import', 'en'));
  });

  it('lets a POST within the limit through to the page', () => {
    const response = proxy(request('POST', 48 * MIB));
    expect(response.status).toBe(200);
    // On to the page, in the reader's language (app/[locale]).
    expect(response.headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/sv/admin/import');
  });

  it('lets a film through to the example form, and refuses one over its limit', async () => {
    expect(proxy(request('POST', 55 * MIB, '/exempel/nytt')).status).toBe(200);
    const response = proxy(request('POST', 61 * MIB, '/exempel/mina/abc123'));
    expect(response.status).toBe(413);
    expect(await response.text()).toBe(bodyTooLargePage('/exempel/mina/abc123'));
  });
});
