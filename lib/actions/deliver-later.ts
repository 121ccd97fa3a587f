import 'server-only';
import { after } from 'next/server';
import { deliverOutbox } from '@/lib/data/outbox';
import { requestLogger } from '@/lib/log';

/** Mail is already in the outbox; deliver it after the response so a large group does not wait. */
export function deliverLater(ids: string[], what: string) {
  if (ids.length === 0) return;
  const logger = requestLogger();
  after(() =>
    deliverOutbox({ ids }).catch(async (error: unknown) =>
      (await logger).error({ err: error, mails: ids.length }, `E-post efter ${what} kunde inte skickas`),
    ),
  );
}
