// The messages that name a limit are written out as plain text, so lib/i18n/messages-en.ts can give
// their English by their exact Swedish (issue 21). Each is held equal here to the text it was built
// from before, so a changed limit cannot leave a message with the old number.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { NOTE_MAX, NOTE_MAX_REFUSAL } from '@/lib/checklist/score';
import { messagesEn } from '@/lib/i18n/messages-en';
import { MAX_STATEMENTS, MAX_STATEMENTS_MESSAGE } from '@/lib/self-assessment/edit';
import { IMAGE_ALT_MAX } from '@/lib/uploads/rules';
import { DUE_YEARS_AHEAD, DUE_YEARS_MESSAGE } from '@/lib/validation/assignments';
import { REVOKE_REASON_MAX, REVOKE_REASON_MAX_MESSAGE, revokeCertificateSchema } from '@/lib/validation/certificates';
import { LINK_MAX, LINK_MAX_MESSAGE, LINKS_MAX, LINKS_MAX_MESSAGE } from '@/lib/validation/checklist';
import { ACTIVITY_TITLE_MAX, ACTIVITY_TITLE_MAX_MESSAGE, activitySchema } from '@/lib/validation/competence-plan';
import {
  EXAMPLE_TEXT_MAX,
  EXAMPLE_TEXT_MAX_MESSAGE,
  IMAGE_ALT_MAX_MESSAGE,
  TITLE_MAX,
  TITLE_MAX_MESSAGE,
  exampleSchema,
} from '@/lib/validation/examples';
import {
  CANCEL_REASON_MAX,
  CANCEL_REASON_MAX_MESSAGE,
  MINUTES_MESSAGE,
  NOTES_MAX,
  NOTES_MAX_MESSAGE,
  PLACE_MAX,
  PLACE_MAX_MESSAGE,
  SESSION_MINUTES,
  attendanceSchema,
  cancelSchema,
  rescheduleSchema,
} from '@/lib/validation/group-sessions';
import {
  CLIENT_ID_MAX,
  CLIENT_ID_MAX_MESSAGE,
  LABEL_MAX,
  LABEL_MAX_MESSAGE,
  MAX_DOMAINS,
  MAX_DOMAINS_MESSAGE,
  identityProviderSchema,
} from '@/lib/validation/identity-provider';
import { TOKEN_NAME_MAX, TOKEN_NAME_MAX_MESSAGE, scimTokenSchema } from '@/lib/validation/scim';

const messagesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('the written-out limit messages', () => {
  // Each as the template literal that made it before, from the limit itself.
  const written: [string, string][] = [
    [EXAMPLE_TEXT_MAX_MESSAGE, `Skriv högst ${EXAMPLE_TEXT_MAX} tecken.`],
    [TITLE_MAX_MESSAGE, `Skriv högst ${TITLE_MAX} tecken.`],
    [IMAGE_ALT_MAX_MESSAGE, `Skriv högst ${IMAGE_ALT_MAX} tecken.`],
    [MINUTES_MESSAGE.min, `En träff tar minst ${SESSION_MINUTES.min} minuter.`],
    [MINUTES_MESSAGE.max, `En träff tar högst ${SESSION_MINUTES.max} minuter.`],
    [PLACE_MAX_MESSAGE, `Skriv högst ${PLACE_MAX} tecken.`],
    [CANCEL_REASON_MAX_MESSAGE, `Skriv högst ${CANCEL_REASON_MAX} tecken.`],
    [NOTES_MAX_MESSAGE, `Anteckningarna får vara högst ${NOTES_MAX} tecken.`],
    [REVOKE_REASON_MAX_MESSAGE, `Skälet får vara högst ${REVOKE_REASON_MAX} tecken.`],
    [MAX_DOMAINS_MESSAGE, `Högst ${MAX_DOMAINS} domäner får anges.`],
    [CLIENT_ID_MAX_MESSAGE, `Skriv högst ${CLIENT_ID_MAX} tecken.`],
    [LABEL_MAX_MESSAGE, `Skriv högst ${LABEL_MAX} tecken.`],
    [TOKEN_NAME_MAX_MESSAGE, `Skriv högst ${TOKEN_NAME_MAX} tecken.`],
    [ACTIVITY_TITLE_MAX_MESSAGE, `Skriv högst ${ACTIVITY_TITLE_MAX} tecken.`],
    [DUE_YEARS_MESSAGE, `Välj ett slutdatum högst ${DUE_YEARS_AHEAD} år fram i tiden.`],
    [LINKS_MAX_MESSAGE, `Ange högst ${LINKS_MAX} länkar.`],
    [LINK_MAX_MESSAGE, `En länk får vara högst ${LINK_MAX} tecken.`],
    [NOTE_MAX_REFUSAL, `Anteckningen får vara högst ${NOTE_MAX} tecken. Inget är sparat.`],
    [
      MAX_STATEMENTS_MESSAGE,
      `Ett område kan ha högst ${MAX_STATEMENTS} påståenden. Ta bort ett innan du lägger till ett nytt.`,
    ],
  ];

  it.each(written)('writes out %j as its limit makes it', (message, fromLimit) => {
    expect(message).toBe(fromLimit);
  });

  it('has the English of each', () => {
    expect(written.filter(([message]) => !Object.hasOwn(messagesEn, message))).toEqual([]);
  });

  it('is what the schemas say when a limit is passed', () => {
    const long = (n: number) => 'x'.repeat(n + 1);
    expect(messagesOf(exampleSchema, { what: long(EXAMPLE_TEXT_MAX) })).toContain(EXAMPLE_TEXT_MAX_MESSAGE);
    expect(messagesOf(exampleSchema, { title: long(TITLE_MAX) })).toContain(TITLE_MAX_MESSAGE);
    expect(messagesOf(exampleSchema, { imageAlt: long(IMAGE_ALT_MAX) })).toContain(IMAGE_ALT_MAX_MESSAGE);
    const session = { sessionId: 's1', date: '2030-01-01', time: '13:00', digital: 'on', place: '' };
    expect(messagesOf(rescheduleSchema, { ...session, minutes: '5' })).toEqual([MINUTES_MESSAGE.min]);
    expect(messagesOf(rescheduleSchema, { ...session, minutes: '481' })).toEqual([MINUTES_MESSAGE.max]);
    expect(messagesOf(rescheduleSchema, { ...session, minutes: '60', place: long(PLACE_MAX) })).toEqual([
      PLACE_MAX_MESSAGE,
    ]);
    expect(messagesOf(cancelSchema, { sessionId: 's1', reason: long(CANCEL_REASON_MAX) })).toEqual([
      CANCEL_REASON_MAX_MESSAGE,
    ]);
    expect(messagesOf(attendanceSchema, { sessionId: 's1', notes: long(NOTES_MAX) })).toEqual([NOTES_MAX_MESSAGE]);
    expect(messagesOf(revokeCertificateSchema, { kind: 'course', id: 'c1', reason: long(REVOKE_REASON_MAX) })).toEqual([
      REVOKE_REASON_MAX_MESSAGE,
    ]);
    const domains = Array.from({ length: MAX_DOMAINS + 1 }, (_, i) => `d${i}.se`).join(',');
    expect(messagesOf(identityProviderSchema, { domains })).toContain(MAX_DOMAINS_MESSAGE);
    expect(messagesOf(identityProviderSchema, { clientId: long(CLIENT_ID_MAX) })).toContain(CLIENT_ID_MAX_MESSAGE);
    expect(messagesOf(identityProviderSchema, { label: long(LABEL_MAX) })).toContain(LABEL_MAX_MESSAGE);
    expect(messagesOf(scimTokenSchema, { name: long(TOKEN_NAME_MAX) })).toEqual([TOKEN_NAME_MAX_MESSAGE]);
    expect(messagesOf(activitySchema, { kind: 'annat', title: long(ACTIVITY_TITLE_MAX) })).toContain(
      ACTIVITY_TITLE_MAX_MESSAGE,
    );
  });
});
