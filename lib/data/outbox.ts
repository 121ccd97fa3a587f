import 'server-only';
import { randomUUID } from 'node:crypto';
import { newId } from '@/lib/ids';
import { db } from '@/lib/db';
import { log } from '@/lib/log';
import { sendMail } from '@/lib/mail/send';
import { insertRows } from './bulk';
import { isUniqueViolation, type Tx } from './tx';

// Every mail is written to the outbox first (with the change that caused it, when there is one)
// and delivered afterwards, so a mail server that is down or missing loses nothing: the
// reminder job retries what is unsent.

export type OutboxInput = {
  organisationId: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
  dedupeKey: string;
};

export const MAX_ATTEMPTS = 5;
/** A claim older than this belongs to a sender that died; another may take the mail over. */
const CLAIM_MS = 10 * 60_000;

/** Queues mails inside the caller's transaction; returns their ids for delivery after commit. */
export async function enqueueMails(tx: Tx, mails: readonly OutboxInput[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const createdAt = new Date();
  const rows = mails.map((m) => ({ id: newId(), ...m, createdAt }));
  await insertRows(tx, 'OutboxMail', rows);
  return rows.map((r) => r.id);
}

/** Queues one mail unless a mail with the same key exists; null when it was a duplicate. */
export async function enqueueOnce(mail: OutboxInput): Promise<string | null> {
  try {
    const { id } = await db.outboxMail.create({ data: { id: randomUUID(), ...mail }, select: { id: true } });
    return id;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** Which of these keys are already in the outbox (one query), to skip building their mails. */
export async function existingKeys(keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.outboxMail.findMany({ where: { dedupeKey: { in: [...keys] } }, select: { dedupeKey: true } });
  return new Set(rows.map((r) => r.dedupeKey));
}

/**
 * Delivers unsent mail (the given ids, or everything due for a retry). Each mail is claimed
 * with a conditional update first, so two senders running at once never both deliver it.
 */
export async function deliverOutbox({ ids, limit = 500 }: { ids?: readonly string[]; limit?: number } = {}) {
  // Claims are about real time, whatever day the job believes it is.
  const stale = new Date(Date.now() - CLAIM_MS);
  const claimable = {
    sentAt: null,
    attempts: { lt: MAX_ATTEMPTS },
    OR: [{ claimedAt: null }, { claimedAt: { lt: stale } }],
  };
  const pending = await db.outboxMail.findMany({
    where: { ...claimable, ...(ids ? { id: { in: [...ids] } } : {}) },
    orderBy: { createdAt: 'asc' },
    take: limit,
    select: { id: true, to: true, subject: true, text: true },
  });
  let sent = 0;
  let failed = 0;
  for (const mail of pending) {
    const claim = await db.outboxMail.updateMany({
      where: { id: mail.id, ...claimable },
      data: { claimedAt: new Date() },
    });
    if (claim.count !== 1) continue;
    try {
      await sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
      await db.outboxMail.update({ where: { id: mail.id }, data: { sentAt: new Date(), error: null } });
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The server's answer may quote the address: the log gets the mail's id and the error's
      // codes, the whole answer is kept on the row.
      const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
      log.warn({ mailId: mail.id, code, responseCode }, 'E-post kunde inte skickas, försöks igen senare');
      await db.outboxMail.update({
        where: { id: mail.id },
        data: { attempts: { increment: 1 }, error: message.slice(0, 500), claimedAt: null },
      });
      failed += 1;
    }
  }
  return { sent, failed };
}
