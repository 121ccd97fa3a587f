// The mails are written in the recipient's language: the words from the catalogues' `mail`
// namespace, dates in that language, and a course's or path's title in it where one exists. The
// templates first, then the writers against a real database (the suite's engine): a person who
// chose English gets English, a colleague in the same assignment gets Swedish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sv } from '@/lib/i18n/sv';
import { en } from '@/lib/i18n/en';
import type { Locale } from '@/lib/i18n/config';
import {
  assignedMail,
  digestMail,
  dueChangedMail,
  manualReminderMail,
  reminderMail,
  withdrawnMail,
  type MailText,
} from '@/lib/mail/templates';
import { sessionCancelledMail, sessionChangedMail, sessionInvitationMail } from '@/lib/mail/session-mail';
import { magicLinkMail } from '@/lib/auth/mails';
import { assignDb, input, lookups } from '../support/assign-db';
import type { Seeded } from '../support/seeded-db';
import { engine } from '../support/test-db';

const translated = JSON.stringify({
  en: { title: 'Recognise gender stereotypes', summary: 'About stereotypes.', description: '' },
});
const course = { title: 'Känn igen könsstereotyper', slug: 'konsstereotyper', translations: translated };
const swedishOnly = { title: 'Jämställd budget', slug: 'jamstalld-budget', translations: '{}' };
const due = new Date('2030-03-05T22:59:59Z');
const session = { kind: 'APT' as const, startsAt: new Date('2030-03-05T12:30:00Z'), minutes: 60, place: 'Digitalt' };

/** Every mail the portal writes, in one language. */
function allMails(locale: Locale): MailText[] {
  const recipient = { userId: 'u1', name: 'Moa Berg', locale, sessionId: 's1', session };
  return [
    assignedMail({
      name: 'Moa Berg',
      assignedBy: 'Cecilia Chef',
      courses: [{ ...course, dueAt: due }],
      pathTitle: null,
      message: 'Gör den före jul.',
      locale,
    }),
    assignedMail({
      name: 'Moa Berg',
      assignedBy: null,
      courses: [
        { ...course, dueAt: due },
        { ...swedishOnly, dueAt: null },
      ],
      pathTitle: null,
      message: null,
      locale,
    }),
    withdrawnMail({ name: 'Moa Berg', course, withdrawnBy: 'Cecilia Chef', reason: 'Fel kurs.', locale }),
    dueChangedMail({ name: 'Moa Berg', course: { ...course, dueAt: due }, changedBy: 'Cecilia Chef', locale }),
    dueChangedMail({ name: 'Moa Berg', course: { ...course, dueAt: null }, changedBy: 'Cecilia Chef', locale }),
    reminderMail({ name: 'Moa Berg', kind: 'before', course: { ...course, dueAt: due }, locale }),
    reminderMail({ name: 'Moa Berg', kind: 'after', course: { ...course, dueAt: due }, locale }),
    manualReminderMail({ name: 'Moa Berg', sentBy: 'Cecilia Chef', courses: [{ ...course, dueAt: due }], locale }),
    digestMail({
      managerId: 'm1',
      name: 'Cecilia Chef',
      people: [{ id: 'u1', name: 'Moa Berg', unitName: 'Förskolan Solrosen', courses: [{ ...course, dueAt: due }] }],
      locale,
    }),
    sessionInvitationMail({ ...recipient, plannedBy: 'Cecilia Chef', course }),
    sessionInvitationMail({ ...recipient, plannedBy: 'Cecilia Chef', course: null }),
    sessionChangedMail({ ...recipient, changedBy: 'Cecilia Chef', course }),
    sessionCancelledMail({ ...recipient, cancelledBy: 'Cecilia Chef', course: null, reason: '' }),
    sessionChangedMail({ ...recipient, changedBy: 'Cecilia Chef', course: null }),
    sessionCancelledMail({ ...recipient, cancelledBy: 'Cecilia Chef', course, reason: 'Många är sjuka.' }),
    magicLinkMail({ to: 'moa@kommun.se', url: 'https://portal.example/api/auth/callback/email?token=x', locale }),
  ];
}

/** The fixed parts of a catalogue's mail words (what is left between the placeholders), long enough to be telling. */
function fixedWords(node: unknown): string[] {
  if (typeof node === 'string')
    return node
      .split(/\{[^{}]*\}|\{|\}|[”“]/)
      .map((part) => part.trim())
      .filter((part) => part.length >= 12);
  return Object.values(node as object).flatMap(fixedWords);
}

describe('the mail templates', () => {
  it('write English mails with no Swedish words of the catalogue, and Swedish ones with no English', () => {
    const swedishWords = fixedWords(sv.mail);
    const englishWords = fixedWords(en.mail);
    expect(swedishWords.length).toBeGreaterThan(50);
    for (const mail of allMails('en')) {
      const whole = `${mail.subject}\n${mail.text}`;
      expect(
        swedishWords.filter((w) => whole.includes(w)),
        whole,
      ).toEqual([]);
    }
    for (const mail of allMails('sv')) {
      const whole = `${mail.subject}\n${mail.text}`;
      expect(
        englishWords.filter((w) => whole.includes(w)),
        whole,
      ).toEqual([]);
    }
  });

  it('reads as before in Swedish', () => {
    const [assigned, byRule, withdrawn, , , before, , manual, digest, invitation] = allMails('sv');
    expect(withdrawn).toEqual({
      subject: 'Kursen Känn igen könsstereotyper är inte längre tilldelad dig',
      text: [
        'Hej Moa!',
        '',
        'Cecilia Chef har återkallat kursen ”Känn igen könsstereotyper”, så du behöver inte gå den längre.',
        '',
        'Skäl:',
        'Fel kurs.',
        '',
        'Det du redan har gjort i kursen finns kvar, och du kan fortsätta på egen hand om du vill:',
        'http://localhost:3000/kurser/konsstereotyper',
        '',
        'Hälsningar',
        'Jämställdhetsportalen',
      ].join('\n'),
    });
    expect(assigned!.subject).toBe('Du har fått kursen Känn igen könsstereotyper');
    expect(assigned!.text).toContain('Hej Moa!\n\nCecilia Chef har gett dig en kurs i Jämställdhetsportalen:');
    expect(assigned!.text).toContain('Känn igen könsstereotyper – klar senast 5 mars 2030');
    expect(assigned!.text).toContain('Meddelande från Cecilia Chef:\nGör den före jul.');
    expect(assigned!.text).toMatch(/\n\nHälsningar\nJämställdhetsportalen$/);
    expect(byRule!.subject).toBe('Du har fått 2 kurser');
    expect(byRule!.text).toContain('Du har fått 2 kurser, som alla i din grupp ska gå i Jämställdhetsportalen:');
    expect(before!.subject).toBe('Påminnelse: Känn igen könsstereotyper ska vara klar senast 5 mars 2030');
    expect(manual!.text).toContain('Cecilia Chef vill påminna dig om den här kursen:');
    expect(digest!.subject).toBe('Veckosammanfattning: 1 försenad kurs i dina enheter');
    expect(invitation!.subject).toBe('Inbjudan: Arbetsplatsträff (APT) 5 mars 2030 kl. 13:30');
    expect(invitation!.text).toContain('Cecilia Chef bjuder in till arbetsplatsträff (APT) där vi');
    expect(invitation!.text).toContain('Var: Digitalt');
  });

  it('give the English title where the course has one, the Swedish where it has not, and English dates', () => {
    const [
      assigned,
      byRule,
      withdrawn,
      dueChanged,
      noDue,
      before,
      after,
      manual,
      digest,
      invitation,
      topic,
      changed,
      cancelled,
      changedNoCourse,
      cancelledCourse,
    ] = allMails('en');
    expect(assigned!.subject).toBe('You have been given the course Recognise gender stereotypes');
    expect(assigned!.text).toMatch(/^Hello Moa,\n\nCecilia Chef has given you a course in the Gender Equality Portal:/);
    expect(assigned!.text).toContain('Recognise gender stereotypes – due by 5 March 2030');
    expect(assigned!.text).toMatch(/\n\nBest regards\nGender Equality Portal$/);
    expect(byRule!.subject).toBe('You have been given 2 courses');
    expect(byRule!.text).toContain('\nJämställd budget\nhttp');
    expect(withdrawn!.subject).toBe('The course Recognise gender stereotypes is no longer assigned to you');
    expect(withdrawn!.text).toContain('Reason:\nFel kurs.');
    expect(dueChanged!.subject).toBe('New due date for Recognise gender stereotypes: 5 March 2030');
    expect(noDue!.subject).toBe('The course Recognise gender stereotypes no longer has a due date');
    expect(before!.subject).toBe('Reminder: Recognise gender stereotypes is due by 5 March 2030');
    expect(after!.subject).toBe('Overdue course: Recognise gender stereotypes');
    expect(manual!.text).toContain('Cecilia Chef would like to remind you of this course:');
    expect(digest!.subject).toBe('Weekly summary: 1 overdue course in your units');
    expect(digest!.text).toContain('– Recognise gender stereotypes, due on 5 March 2030: http');
    expect(invitation!.subject).toMatch(/^Invitation: Workplace meeting \(APT\) 5 March 2030/);
    expect(invitation!.text).toContain('Where: Online');
    expect(invitation!.text).toContain('the course “Recognise gender stereotypes”');
    expect(topic!.text).toContain('where we go through gender equality in our work together.');
    expect(changed!.text).toContain('has changed the meeting about “Recognise gender stereotypes”.');
    expect(changedNoCourse!.text).toContain('Cecilia Chef has changed the meeting. This is what applies now:');
    expect(cancelled!.subject).toMatch(/^Cancelled: Workplace meeting \(APT\) 5 March 2030/);
    expect(cancelled!.text).toContain('Cecilia Chef has cancelled the meeting on 5 March 2030');
    expect(cancelledCourse!.text).toContain(
      'Cecilia Chef has cancelled the meeting about “Recognise gender stereotypes” on 5 March 2030',
    );
    expect(cancelledCourse!.text).toContain('\n\nMånga är sjuka.\n');
  });
});

let s: Seeded;
let assign: typeof import('@/lib/data/assign');
let chef: Awaited<ReturnType<Seeded['viewer']>>;

describe(`the mails a manager's work queues (${engine})`, () => {
  beforeAll(async () => {
    ({ s, assign, chef } = await assignDb());
  });
  afterAll(() => s?.close());
  const { person } = lookups(() => s.db);

  it("write each person's mail in their own language, titles included", async () => {
    const grace = await person('medarbetare@sjostad.se');
    const colleague = await s.db.user.findFirstOrThrow({
      where: { unit: { name: 'Förskolan Solrosen' }, active: true, email: { not: null }, id: { not: grace.id } },
      select: { id: true, email: true },
    });
    await s.db.user.update({ where: { id: grace.id }, data: { locale: 'en' } });
    const path = await s.db.learningPath.findFirstOrThrow({ where: { audience: 'EMPLOYEE' }, select: { id: true } });
    await assign.assignItems(chef, input({ item: { kind: 'path', id: path.id }, userIds: [grace.id, colleague.id] }));
    const mailTo = (to: string) =>
      s.db.outboxMail.findFirstOrThrow({ where: { to, kind: 'assigned' }, select: { subject: true, text: true } });
    const english = await mailTo('medarbetare@sjostad.se');
    expect(english.subject).toBe('You have been given the learning path Learning path for employees');
    expect(english.text).toContain('Cecilia Chef has given you the learning path “Learning path for employees”');
    expect(english.text).toContain('\nRecognise and counter gender stereotypes\nhttp');
    expect(english.text).toContain('All your courses and due dates are on My page:');
    const swedish = await mailTo(colleague.email!);
    expect(swedish.subject).toMatch(/^Du har fått lärvägen Lärväg för medarbetare/);
    expect(swedish.text).toContain('\nKänn igen och motverka könsstereotyper\nhttp');

    // The manager's reminder follows the same person's choice.
    const { sendManualReminders } = await import('@/lib/data/reminders');
    await sendManualReminders(chef, [grace.id]);
    const reminder = await s.db.outboxMail.findFirstOrThrow({
      where: { to: 'medarbetare@sjostad.se', kind: 'manual' },
      select: { subject: true, text: true },
    });
    expect(reminder.subject).toBe('A reminder about your courses in the Gender Equality Portal');
    expect(reminder.text).toContain('Recognise and counter gender stereotypes');
  });
});
