// Certificate codes are what the public verification page trusts: new ones must be unguessable
// (at least 40 random bits), read back however a person types them, and anything that cannot be a
// code is refused before any lookup.
import { describe, expect, it } from 'vitest';
import { CODE_RANDOM_CHARS, newCertificateNo, normaliseCertificateCode } from '@/lib/certificates/code';

describe('certificate codes', () => {
  it('carry at least 40 random bits, in characters that cannot be misread', () => {
    expect(CODE_RANDOM_CHARS * Math.log2(32)).toBeGreaterThanOrEqual(40);
    const code = newCertificateNo(new Date('2026-03-01T12:00:00Z'));
    expect(code).toMatch(/^JP-2026-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const many = new Set(Array.from({ length: 2000 }, () => newCertificateNo()));
    expect(many.size).toBe(2000);
    // Every one of the 32 characters turns up: the randomness is spread over the whole alphabet.
    const randomParts = [...many].map((c) => c.replace(/^JP-\d{4}-/, '').replace('-', ''));
    expect(new Set(randomParts.join('')).size).toBe(32);
  });

  it('reads a code back as typed: lower case, spaces, other dashes', () => {
    expect(normaliseCertificateCode(' jp-2026-7k3mq - 9xa2b ')).toBe('JP-2026-7K3MQ-9XA2B');
    expect(normaliseCertificateCode('JP–2026–7K3MQ–9XA2B')).toBe('JP-2026-7K3MQ-9XA2B');
    // The first codes (8 hex digits) and the demo codes keep working.
    expect(normaliseCertificateCode('JP-2025-ABCD1234')).toBe('JP-2025-ABCD1234');
    expect(normaliseCertificateCode('JP-DEMO-0001')).toBe('JP-DEMO-0001');
  });

  it('refuses what cannot be a code: empty, too long, symbols, letters outside A–Z', () => {
    for (const raw of ['', '   ', 'x'.repeat(10_000), "JP-2026-'; DROP", '<script>', 'JP--2026', '-JP', 'ÅÄÖ-2026'])
      expect(normaliseCertificateCode(raw)).toBeNull();
  });
});
