import 'server-only';
import { localeOf, type Locale } from '@/lib/i18n/config';
import type { MailText } from '@/lib/mail/templates';
import { enqueueMails } from './outbox';
import type { Tx } from './tx';

/** `locale` is the person's stored language, which their mail is written in. */
type Invitee = { id: string; name: string; email: string | null; locale: string | null };

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
    text: (person: { id: string; name: string; locale: Locale }) => MailText;
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
            ...o.text({ id: person.id, name: person.name, locale: localeOf(person.locale) }),
          },
        ]
      : [],
  );
  return { mailIds: await enqueueMails(tx, mails), mailed: mails.length };
}
