// Signed links for stopping the weekly digest without signing in: the token is an HMAC of the
// person's id under the installation's secret, so only the mail's recipient can use it and no
// table of tokens is needed.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret, env } from '@/lib/env';

const purpose = 'digest-unsubscribe';

export function unsubscribeToken(userId: string): string {
  return createHmac('sha256', authSecret()).update(`${purpose}:${userId}`).digest('base64url');
}

export function verifyUnsubscribeToken(userId: string, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(userId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The portal's public address without a trailing slash, for links in mail. */
export const portalUrl = (path: string) => `${env.NEXTAUTH_URL.replace(/\/+$/, '')}${path}`;

export function unsubscribeUrl(userId: string): string {
  return portalUrl(
    `/e-post/sammanfattning?${new URLSearchParams({ person: userId, token: unsubscribeToken(userId) })}`,
  );
}
