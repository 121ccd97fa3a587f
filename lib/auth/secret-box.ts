import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { authSecret, env } from '@/lib/env';

// Secrets the portal must use again later (an organisation's client secret for its identity
// provider) are kept encrypted at rest: AES-256-GCM, with a key from the environment, so a copy of
// the database alone gives nobody the secret. GCM's tag means a changed or foreign value is
// refused, never decrypted into something else.

const VERSION = 'v1';

function key(): Buffer {
  const material = env.SECRETS_KEY ?? authSecret();
  return Buffer.from(hkdfSync('sha256', material, 'jamstalldhetsportalen', 'stored secrets v1', 32));
}

/** The secret, encrypted, as text for a database column. */
export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join(':');
}

/** The secret back, or null when it cannot be decrypted with this installation's key. */
export function openSecret(sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split(':');
  if (version !== VERSION || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
