// The client address the sign-in counter uses (lib/auth/client-address.ts): what the trusted
// proxies saw, never what a client wrote into X-Forwarded-For itself.
import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/auth/client-address';

const from = (value: string | string[] | undefined) => ({ 'x-forwarded-for': value });

describe('clientAddress', () => {
  it('takes the entry the last trusted proxy appended, ignoring what the client wrote before it', () => {
    expect(clientAddress(from('203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(from('10.0.0.1, 1.2.3.4, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(from('10.0.0.1, 203.0.113.7, 192.0.2.10'), 2)).toBe('203.0.113.7');
    expect(clientAddress(from(['10.0.0.1', '203.0.113.7']), 1)).toBe('203.0.113.7');
  });

  it('with fewer entries than proxies, takes the first (the connection Next.js saw)', () => {
    expect(clientAddress(from('127.0.0.1'), 2)).toBe('127.0.0.1');
  });

  it('normalises IPv6 and refuses what is not an address', () => {
    expect(clientAddress(from('2001:DB8::1'), 1)).toBe('2001:db8::1');
    expect(clientAddress(from('1.2.3.4, not-an-ip'), 1)).toBeNull();
    expect(clientAddress(from(''), 1)).toBeNull();
    expect(clientAddress(undefined, 1)).toBeNull();
  });

  it('ignores the header when no proxy is trusted', () => {
    expect(clientAddress(from('203.0.113.7'), 0)).toBeNull();
  });
});
