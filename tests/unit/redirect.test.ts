// Regression guard for the open redirect after sign-in (issue 14, finding 1): `/logga-in?callbackUrl=`
// accepted `/\evil.example` and other forms a browser reads as another site. Every form below must
// end on the portal's own origin, and ordinary paths must be kept as they are.
import { describe, expect, it } from 'vitest';
import { AFTER_SIGN_IN, safeCallbackPath, safeCallbackUrl, withSafeCallbackQuery } from '@/lib/auth/redirect';

const origin = 'https://portal.kommun.example';

const hostile = [
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\\/evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '\t//evil.example',
  '/\r\n/evil.example',
  '/%09/evil.example',
  '/%2F%2Fevil.example',
  '/%2f/evil.example',
  '%2F%2Fevil.example',
  '/%5Cevil.example',
  '/%5cevil.example',
  '/%252F%252Fevil.example',
  '/.//evil.example',
  '/x/../..//evil.example',
  'https://evil.example',
  'https://evil.example/min-sida',
  'http://portal.kommun.example/min-sida',
  'https://portal.kommun.example.evil.example/',
  'https://portal.kommun.example@evil.example/',
  'https:evil.example',
  'https:/evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example',
  'min-sida',
  '',
  '%',
  '/%E0%A4%A',
  'x'.repeat(5000),
];

describe('safeCallbackPath', () => {
  it.each(hostile)('sends %j to /min-sida', (value) => {
    expect(safeCallbackPath(value, origin)).toBe(AFTER_SIGN_IN);
  });

  it.each(hostile)('keeps the absolute form of %j on the portal', (value) => {
    const url = new URL(safeCallbackUrl(value, origin));
    expect(url.origin).toBe(origin);
    expect(url.pathname).toBe(AFTER_SIGN_IN);
  });

  it.each([
    ['/kurser/x?y=1#z', '/kurser/x?y=1#z'],
    ['/min-sida', '/min-sida'],
    ['/vagledning/lika-lon', '/vagledning/lika-lon'],
    ['/chef?enhet=a%2Fb', '/chef?enhet=a%2Fb'],
    ['/s%C3%B6k?q=l%C3%B6n', '/s%C3%B6k?q=l%C3%B6n'],
    [`${origin}/kurser/x?y=1#z`, '/kurser/x?y=1#z'],
    [origin, '/'],
  ])('keeps %j', (value, expected) => {
    expect(safeCallbackPath(value, origin)).toBe(expected);
  });

  it('refuses what is not a string (a repeated query parameter, a JSON body)', () => {
    for (const value of [undefined, null, 5, ['/kurser', '//evil.example'], { url: '/kurser' }]) {
      expect(safeCallbackPath(value, origin)).toBe(AFTER_SIGN_IN);
    }
  });

  it('answers /min-sida rather than throwing when the origin itself cannot be read', () => {
    expect(safeCallbackPath('/kurser', 'inte en adress')).toBe(AFTER_SIGN_IN);
  });
});

describe('withSafeCallbackQuery', () => {
  it('rewrites a callbackUrl in the query by the rule, and leaves an address without one alone', () => {
    const rewritten = withSafeCallbackQuery(`${origin}/api/auth/signin?callbackUrl=%2F%5Cevil.example&x=1`, origin);
    expect(rewritten?.searchParams.get('callbackUrl')).toBe(`${origin}/min-sida`);
    expect(rewritten?.searchParams.get('x')).toBe('1');
    expect(withSafeCallbackQuery(`${origin}/api/auth/session`, origin)).toBeNull();
  });
});
