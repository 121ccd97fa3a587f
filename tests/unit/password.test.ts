import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Rätt-lösen-123');
    expect(stored.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(await verifyPassword('Rätt-lösen-123', stored)).toBe(true);
    expect(await verifyPassword('rätt-lösen-123', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('samma')).not.toEqual(await hashPassword('samma'));
  });

  it('refuses malformed stored values instead of throwing', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
    expect(await verifyPassword('x', '')).toBe(false);
  });
});
