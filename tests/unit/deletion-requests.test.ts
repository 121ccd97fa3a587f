// The pure parts of handling a request for deletion: the form's schema (an answer is required
// whenever something is kept) and the one-month deadline of GDPR art. 12.3 and how it reads. Who
// may handle a request: tests/unit/permissions-entities.test.ts; its audit codes: audit-labels.test.ts.
import { describe, expect, it } from 'vitest';
import { addMonths } from '@/lib/dates';
import { ageText, deadlineText, deletionDeadline } from '@/lib/privacy/deadline';
import { ANSWER_REQUIRED, deletionHandlingSchema } from '@/lib/validation/deletion-requests';

const parse = (input: Record<string, unknown>) => deletionHandlingSchema.safeParse({ requestId: 'r1', ...input });
const answerError = (input: Record<string, unknown>) => {
  const result = parse(input);
  return result.success ? undefined : result.error.issues.find((i) => i.path[0] === 'answer')?.message;
};

describe('the handling form', () => {
  it('requires an answer for a partial erasure and a refusal, not for an erasure', () => {
    expect(answerError({ outcome: 'PARTLY_ERASED', answer: '  ' })).toBe(ANSWER_REQUIRED);
    expect(answerError({ outcome: 'REFUSED' })).toBe(ANSWER_REQUIRED);
    expect(parse({ outcome: 'ERASED' })).toMatchObject({ success: true, data: { answer: '' } });
    expect(parse({ outcome: 'REFUSED', answer: ' Arkivlagen. ' })).toMatchObject({ data: { answer: 'Arkivlagen.' } });
  });

  it('refuses an unknown outcome, a missing id, markup and an answer that is too long, in Swedish', () => {
    const outcome = parse({ outcome: 'DELETE_ALL', answer: 'x' });
    expect(outcome.success ? null : outcome.error.issues[0]!.message).toBe('Välj vad som ska göras med begäran.');
    expect(deletionHandlingSchema.safeParse({ outcome: 'ERASED' }).success).toBe(false);
    expect(answerError({ outcome: 'REFUSED', answer: '<script>x</script>' })).toMatch(/HTML/);
    expect(answerError({ outcome: 'REFUSED', answer: 'x'.repeat(2001) })).toBe('Svaret får vara högst 2 000 tecken.');
  });
});

describe('the one-month deadline', () => {
  it('adds calendar months, a missing day becoming the month’s last', () => {
    expect(addMonths('2026-03-03', 1)).toBe('2026-04-03');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('runs from the Stockholm day the request came in, and is overdue only once that day has passed', () => {
    // 23:30 UTC on 31 January is already 1 February in Stockholm.
    const received = new Date('2026-01-31T23:30:00Z');
    const d = deletionDeadline(received, new Date('2026-03-01T10:00:00Z'));
    expect(d).toMatchObject({ receivedOn: '2026-02-01', answerBy: '2026-03-01', daysLeft: 0, overdue: false });
    expect(deadlineText(d)).toBe('Senast i dag, 1 mars 2026');
    const late = deletionDeadline(received, new Date('2026-03-02T10:00:00Z'));
    expect(late.overdue).toBe(true);
    expect(deadlineText(late)).toBe('Försenad: skulle ha besvarats senast 1 mars 2026');
    const early = deletionDeadline(new Date('2026-03-03T09:00:00Z'), new Date('2026-03-04T09:00:00Z'));
    expect(deadlineText(early)).toBe('Senast 3 april 2026 (30 dagar kvar)');
    expect([ageText({ ageDays: 0 }), ageText({ ageDays: 1 }), ageText(early)]).toEqual(['I dag', '1 dag', '1 dag']);
    // The same in English, for an administrator who reads English.
    expect(deadlineText(d, 'en')).toBe('Due today, 1 March 2026');
    expect(deadlineText(late, 'en')).toMatch(/^Overdue: .*1 March 2026$/);
    expect(deadlineText(early, 'en')).toBe('Due 3 April 2026 (30 days left)');
    expect([ageText({ ageDays: 0 }, 'en'), ageText({ ageDays: 12 }, 'en')]).toEqual(['Today', '12 days']);
  });
});
