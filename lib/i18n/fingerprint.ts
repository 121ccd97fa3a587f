import { createHash } from 'node:crypto';

/**
 * The fingerprint of the Swedish texts a version in another language was written from: lessons,
 * courses and paths (lib/learning/translations.ts), guidance pages (lib/guides/translations.ts) and
 * checklist templates (lib/checklist/translations.ts). Stored in the versions, so it must not change.
 */
export const textFingerprint = (parts: readonly string[]): string =>
  createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
