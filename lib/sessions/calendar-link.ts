// Signed calendar links for the invitation mail: staff who seldom sign in can still add the
// session to their calendar. The token is an HMAC of the session and the person under the
// installation's secret, so a link works only for the session and person it was made for.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/env';
import { portalUrl } from '@/lib/mail/unsubscribe';

const token = (sessionId: string, userId: string) =>
  createHmac('sha256', authSecret()).update(`session-calendar:${sessionId}:${userId}`).digest('base64url');

export function verifyCalendarToken(sessionId: string, userId: string, given: string): boolean {
  const expected = Buffer.from(token(sessionId, userId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function calendarUrl(sessionId: string, userId: string): string {
  return portalUrl(
    `/traffar/${sessionId}/kalender.ics?${new URLSearchParams({ person: userId, token: token(sessionId, userId) })}`,
  );
}
