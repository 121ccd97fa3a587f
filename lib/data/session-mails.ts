import 'server-only';
import type { MailText } from '@/lib/mail/templates';
import { enqueueMails } from './outbox';
import type { Tx } from './tx';

type Invitee = { id: string; name: string; email: string | null };

/**
 * Queues one mail about a group session to each invited person with an address, in the caller's
 * transaction. Staff without one learn of it from the notice in the staff room.
 */
export async function queueSessionMails(
  tx: Tx,
  o: {
    organisationId: string;
    invited: readonly Invitee[];
    kind: string;
    dedupeKey: (personId: string) => string;
    text: (person: { id: string; name: string }) => MailText;
  },
): Promise<{ mailIds: string[]; mailed: number }> {
  const mails = o.invited.flatMap((person) =>
    person.email
      ? [
          {
            organisationId: o.organisationId,
            to: person.email,
            kind: o.kind,
            dedupeKey: o.dedupeKey(person.id),
            ...o.text(person),
          },
        ]
      : [],
  );
  return { mailIds: await enqueueMails(tx, mails), mailed: mails.length };
}
