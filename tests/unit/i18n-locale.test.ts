import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { languageAlternates, languagesOf } from '@/lib/i18n/alternates';
import { BROWSER_ENGLISH, LOCALE_HEADER, localeOf, negotiateLocale } from '@/lib/i18n/config';
import { proxy } from '@/proxy';

describe('the language of a request', () => {
  it('is the reader’s choice when they made one, whatever the browser says', () => {
    expect(negotiateLocale({ cookie: 'en', acceptLanguage: 'sv-SE,sv;q=0.9' })).toBe('en');
    expect(negotiateLocale({ cookie: 'sv', acceptLanguage: 'en-GB,en;q=0.9' })).toBe('sv');
  });

  it('is the one the address names (?sprak=), over the reader’s choice and the browser', () => {
    expect(negotiateLocale({ asked: 'en', cookie: 'sv', acceptLanguage: 'sv-SE' })).toBe('en');
    expect(negotiateLocale({ asked: 'sv', cookie: 'en', acceptLanguage: 'en-GB' })).toBe('sv');
    // A language the portal does not have is no choice: the cookie and the browser decide.
    expect(negotiateLocale({ asked: 'de', cookie: 'en' })).toBe('en');
    expect(negotiateLocale({ asked: 'EN', acceptLanguage: 'sv' })).toBe('sv');
  });

  it('is the first language the browser lists that the portal has', () => {
    expect(negotiateLocale({ acceptLanguage: 'en-GB,en;q=0.9' })).toBe('en');
    expect(negotiateLocale({ acceptLanguage: 'en' })).toBe('en');
    expect(negotiateLocale({ acceptLanguage: 'de-DE, en;q=0.8' })).toBe('en');
    expect(negotiateLocale({ acceptLanguage: 'sv-SE,sv;q=0.9,en;q=0.8' })).toBe('sv');
    expect(negotiateLocale({ acceptLanguage: 'fi, sv;q=0.9, en;q=0.5' })).toBe('sv');
  });

  it('is Swedish when nothing says otherwise, or what is said is not a language the portal has', () => {
    expect(negotiateLocale({})).toBe('sv');
    expect(negotiateLocale({ acceptLanguage: 'de, fr' })).toBe('sv');
    expect(negotiateLocale({ acceptLanguage: 'eng' })).toBe('sv');
    expect(negotiateLocale({ cookie: 'de', acceptLanguage: '' })).toBe('sv');
    expect(negotiateLocale({ cookie: 'EN; other', acceptLanguage: 'x'.repeat(5000) })).toBe('sv');
  });

  // nginx keeps a copy of a public page per language, chosen by its own map: if it chose another
  // language than the app, an English reader could be served a Swedish reader's copy.
  it('is chosen by nginx with the very same expression and cookie', () => {
    const conf = readFileSync(path.join(process.cwd(), 'deploy/nginx/portal.conf'), 'utf8');
    expect(conf).toContain(`"~*${BROWSER_ENGLISH.source}" en;`);
    expect(BROWSER_ENGLISH.flags).toBe('i');
    expect(conf).toMatch(/map \$cookie_sprak \$portal_lang \{\s*sv sv;\s*en en;\s*default \$portal_browser_lang;/);
    expect(conf).toMatch(/proxy_cache_key \$scheme\$host\$request_uri\$portal_lang;/);
  });
});

describe('a route’s language segment', () => {
  it('is the language it names, and Swedish for anything else', () => {
    expect(localeOf('en')).toBe('en');
    expect(localeOf('sv')).toBe('sv');
    for (const other of ['de', 'EN', '', undefined, '__proto__']) expect(localeOf(other)).toBe('sv');
  });
});

describe('the proxy hands each page its language', () => {
  const run = (path: string, headers: Record<string, string> = {}) =>
    proxy(new NextRequest(`http://localhost${path}`, { headers }));
  const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);

  it('from the cookie, else the browser, else Swedish; a reader cannot send their own', () => {
    expect(forwarded(run('/'), LOCALE_HEADER)).toBe('sv');
    expect(forwarded(run('/vagledning/ordlista', { 'accept-language': 'en-GB,en;q=0.9' }), LOCALE_HEADER)).toBe('en');
    expect(forwarded(run('/min-sida', { cookie: 'sprak=sv', 'accept-language': 'en' }), LOCALE_HEADER)).toBe('sv');
    expect(forwarded(run('/konto', { cookie: 'sprak=en' }), LOCALE_HEADER)).toBe('en');
    expect(forwarded(run('/konto', { [LOCALE_HEADER]: 'en' }), LOCALE_HEADER)).toBe('sv');
  });

  it('gives addresses that are not pages no language, so they are not moved under one', () => {
    for (const path of ['/api/halsa', '/scim/v2/Users', '/api/auth/session']) {
      expect(forwarded(run(path, { [LOCALE_HEADER]: 'en', 'accept-language': 'en' }), LOCALE_HEADER)).toBeNull();
    }
  });

  it('moves each page under its language inside the app, with its query, on the address it came to', () => {
    const rewritten = (path: string, headers: Record<string, string> = {}) =>
      new URL(run(path, headers).headers.get('x-middleware-rewrite')!);
    expect(rewritten('/').pathname).toBe('/sv');
    expect(rewritten('/statistik/jamfor?matt=forsenade', { cookie: 'sprak=en' }).href).toBe(
      'http://localhost/en/statistik/jamfor?matt=forsenade',
    );
    expect(run('/api/halsa').headers.get('x-middleware-rewrite')).toBeNull();
  });

  it('in the language the address names, for that address only: nothing is remembered or kept', () => {
    const response = run('/vagledning/ordlista?sprak=en', { cookie: 'sprak=sv', 'accept-language': 'sv-SE' });
    expect(forwarded(response, LOCALE_HEADER)).toBe('en');
    expect(new URL(response.headers.get('x-middleware-rewrite')!).pathname).toBe('/en/vagledning/ordlista');
    expect(response.headers.get('set-cookie')).toBeNull();
    // nginx keeps no copy of it, so it cannot reach a reader who asked for the bare address.
    expect(response.headers.get('x-accel-expires')).toBeNull();
    expect(run('/vagledning/ordlista').headers.get('x-accel-expires')).not.toBeNull();
  });
});

describe('a public page’s hreflang alternates', () => {
  it('name the address once per language, with the language in it, and the bare address as the default', () => {
    expect(languageAlternates('/vagledning')).toEqual({
      languages: { sv: '/vagledning?sprak=sv', en: '/vagledning?sprak=en', 'x-default': '/vagledning' },
    });
  });

  it('name Swedish only for a page whose text exists only in Swedish', () => {
    expect(languageAlternates('/vagledning/ordlista', languagesOf('sv'))).toEqual({
      languages: { sv: '/vagledning/ordlista?sprak=sv', 'x-default': '/vagledning/ordlista' },
    });
    expect(languagesOf('en')).toEqual(['sv', 'en']);
  });
});
