// Guards the encryption of stored secrets (identity providers' client secrets): a sealed value
// never contains the secret, opens only with the installation's key, and a changed value is
// refused rather than decrypted into something else.
import { afterEach, describe, expect, it, vi } from 'vitest';

async function box(key?: string) {
  vi.resetModules();
  vi.stubEnv('SECRETS_KEY', key ?? '');
  return import('@/lib/auth/secret-box');
}

afterEach(() => vi.unstubAllEnvs());

describe('secret box', () => {
  it('seals and opens a secret, with a new nonce every time', async () => {
    const { sealSecret, openSecret } = await box('a'.repeat(40));
    const one = sealSecret('Zx9~hemlighet åäö');
    const two = sealSecret('Zx9~hemlighet åäö');
    expect(one).not.toContain('hemlighet');
    expect(one).not.toBe(two);
    expect(openSecret(one)).toBe('Zx9~hemlighet åäö');
    expect(openSecret(two)).toBe('Zx9~hemlighet åäö');
  });

  it('refuses a changed value and anything that is not a sealed secret', async () => {
    const { sealSecret, openSecret } = await box('a'.repeat(40));
    const sealed = sealSecret('hemlighet');
    const [v, iv, tag, body] = sealed.split(':');
    const changed = `${v}:${iv}:${tag}:${body!.startsWith('A') ? 'B' : 'A'}${body!.slice(1)}`;
    expect(openSecret(changed)).toBeNull();
    expect(openSecret('hemlighet')).toBeNull();
    expect(openSecret('v2:a:b:c')).toBeNull();
    expect(openSecret('')).toBeNull();
  });

  it('opens only with the key it was sealed with', async () => {
    const sealed = (await box('a'.repeat(40))).sealSecret('hemlighet');
    expect((await box('b'.repeat(40))).openSecret(sealed)).toBeNull();
    expect((await box('a'.repeat(40))).openSecret(sealed)).toBe('hemlighet');
  });

  it('derives a key from NEXTAUTH_SECRET when SECRETS_KEY is unset', async () => {
    vi.stubEnv('NEXTAUTH_SECRET', 'n'.repeat(40));
    const sealed = (await box()).sealSecret('hemlighet');
    expect((await box()).openSecret(sealed)).toBe('hemlighet');
    vi.stubEnv('NEXTAUTH_SECRET', 'm'.repeat(40));
    expect((await box()).openSecret(sealed)).toBeNull();
  });

  it('refuses to start with a key that is set but too short, rather than fall back without a word', async () => {
    await expect(box('kort-nyckel')).rejects.toThrow(/SECRETS_KEY ska ha minst 32 tecken/);
  });
});
