import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { countAttempt, removeEndedCounters } from './login-attempts';

// E-mail sign-in links per address: at most LINKS_PER_WINDOW within LINK_WINDOW_MS, counted in the
// VerificationToken table itself, so every app instance agrees and no other table is needed. A
// link's row is deleted when it is used, so only unused links count; an older unused link stays
// valid until it expires (30 minutes) or is used, so up to LINKS_PER_WINDOW links work at once.
const LINKS_PER_WINDOW = 3;
const LINK_WINDOW_MS = 15 * 60_000;

type LinkToken = { identifier: string; tokenHash: string; expires: Date };

/**
 * Stores the link's token unless the address already has LINKS_PER_WINDOW links from the window;
 * then nothing is kept and the answer is false. Inserted first and counted afterwards, so requests
 * arriving together cannot all see room: the last of them to insert counts every one before it.
 */
export async function storeLinkToken(
  { identifier, tokenHash, expires }: LinkToken,
  now = new Date(),
): Promise<boolean> {
  await db.verificationToken.deleteMany({ where: { identifier, expires: { lt: now } } });
  await db.verificationToken.create({ data: { identifier, token: tokenHash, expires } });
  // Every link lives equally long, so "made within the window before this one" is "expires within
  // the window before this one does".
  const recent = await db.verificationToken.count({
    where: { identifier, expires: { gt: new Date(expires.getTime() - LINK_WINDOW_MS) } },
  });
  if (recent <= LINKS_PER_WINDOW) return true;
  await db.verificationToken.deleteMany({ where: { identifier, token: tokenHash } });
  return false;
}

/**
 * One more link request from `client` (the address the reverse proxy saw, lib/auth/client-address),
 * whatever address it asks for, so one client cannot have links mailed to address after address.
 * Counted atomically with the password sign-in's counter, in its window (LOGIN_LOCK_MINUTES):
 * false from the (SIGN_IN_LINKS_PER_CLIENT + 1)-th request on. Without a client address
 * (TRUSTED_PROXIES=0) only the per-address limit applies, as for passwords.
 */
export async function countLinkRequest({ client, now = new Date() }: { client: string | null; now?: Date }) {
  if (!client) return true;
  await removeEndedCounters(now);
  const limit = env.SIGN_IN_LINKS_PER_CLIENT;
  const { attempts } = await countAttempt({ key: `link-client:${client}`, limit, now });
  return attempts <= limit;
}
