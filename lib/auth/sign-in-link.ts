import 'server-only';
import { createHash } from 'node:crypto';
import { headers } from 'next/headers';
import { after } from 'next/server';
import { findActiveUserByEmail } from '@/lib/data/session-user';
import { countLinkRequest, storeLinkToken } from '@/lib/data/sign-in-links';
import { authSecret, env } from '@/lib/env';
import { isLocale } from '@/lib/i18n/config';
import { askedLocale } from '@/lib/i18n/messages';
import { requestLogger } from '@/lib/log';
import { sendMail } from '@/lib/mail/send';
import { emailSchema } from '@/lib/validation/auth';
import { clientAddress } from './client-address';
import { magicLinkMail } from './mails';

// The e-mail provider's side of a sign-in link. next-auth answers every request for a link the
// same way ("check your e-mail"); this decides, out of sight, whether a link is stored and mailed:
// only for an active account, at most LINKS_PER_WINDOW per address and SIGN_IN_LINKS_PER_CLIENT
// per client address (lib/data/sign-in-links).

/** An address that is not one: refused before next-auth's own parser throws and logs a stack. */
export class InvalidAddress extends Error {
  constructor() {
    super('Ogiltig e-postadress');
    this.name = 'InvalidAddress';
  }
}

export function normalizeLinkAddress(raw: unknown): string {
  const parsed = emailSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidAddress();
  return parsed.data;
}

// next-auth stores sha256(token + secret) and looks the link up by the same hash when it is used
// (core/lib/utils hashToken, with no provider secret); the e-mail sign-in spec signs in with a
// stored link, so a change there fails that spec.
function hashLinkToken(token: string): string {
  return createHash('sha256').update(`${token}${authSecret()}`).digest('hex');
}

// The client that asks, taken as the password sign-in takes it. next-auth does not pass the request
// to sendVerificationRequest, so it is read from Next's request scope; outside one (a script) there
// is no client, and only the per-address limit applies.
async function requestClient(): Promise<string | null> {
  try {
    const forwardedFor = (await headers()).get('x-forwarded-for') ?? undefined;
    return clientAddress({ 'x-forwarded-for': forwardedFor }, env.TRUSTED_PROXIES);
  } catch {
    return null;
  }
}

type LinkRequest = { identifier: string; token: string; expires: Date; url: string };

export async function sendSignInLink({ identifier, token, expires, url }: LinkRequest): Promise<void> {
  const logger = await requestLogger();
  // Every request counts for its client, known address or not. The account is looked up either
  // way, so a client over its limit waits as long as anyone for the same answer.
  const clientAllowed = await countLinkRequest({ client: await requestClient() });
  const user = await findActiveUserByEmail(identifier);
  if (!clientAllowed) {
    logger.warn('För många inloggningslänkar begärda från samma klientadress; ingen skickad');
    return;
  }
  if (!user) {
    logger.info('Inloggningslänk begärd för en adress utan aktivt konto; ingen skickad');
    return;
  }
  if (!(await storeLinkToken({ identifier, tokenHash: hashLinkToken(token), expires }))) {
    logger.warn({ userId: user.id }, 'För många inloggningslänkar för kontot; ingen ny skickad');
    return;
  }
  // In the account's language, else in the language of the page the link was asked for.
  const locale = isLocale(user.locale) ? user.locale : await askedLocale();
  // Sent after the answer, so the mail server's time (or failure) does not tell known addresses
  // from unknown ones; a failure is logged, and the person asks for a new link.
  after(async () => {
    try {
      await sendMail(magicLinkMail({ to: identifier, url, locale }));
    } catch (err) {
      logger.error({ err, userId: user.id }, 'Inloggningslänken kunde inte skickas');
    }
  });
}
