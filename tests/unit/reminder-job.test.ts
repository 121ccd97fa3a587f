// The scheduled reminder job against a real database: it reminds before and after due dates,
// sends managers one digest a week, retries failed mail, and never sends anything twice, not
// even when two runs overlap.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let job: typeof import('@/lib/data/reminder-job');
let sendMail: ReturnType<typeof vi.fn>;
let organisationId: string;
const now = new Date('2026-11-30T06:00:00Z'); // a Monday morning
const days = (n: number, from = now) => new Date(from.getTime() + n * 86_400_000);

beforeAll(async () => {
  s = await seededDb();
  sendMail = vi.fn().mockResolvedValue(undefined);
  vi.doMock('@/lib/mail/send', () => ({ sendMail }));
  job = await import('@/lib/data/reminder-job');
  organisationId = (await s.db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' } })).id;
});
afterAll(() => s.close());

const ids = async (email: string, slug: string) => ({
  userId: (await s.db.user.findUniqueOrThrow({ where: { email } })).id,
  courseId: (await s.db.course.findFirstOrThrow({ where: { slug } })).id,
});
async function assign(email: string, slug: string, dueAt: Date, createdAt = days(-20)) {
  return s.db.assignment.create({
    data: { organisationId, ...(await ids(email, slug)), source: 'MANAGER', dueAt, createdAt },
    select: { id: true },
  });
}
const sentTo = () => sendMail.mock.calls.map(([m]) => `${m.to} ${m.subject}`);

describe(`the reminder job (${engine})`, () => {
  it('reminds before and after the due date, skips finished courses, and sends a digest to the managers above', async () => {
    await assign('medarbetare@sjostad.se', 'konsstereotyper', days(2));
    await assign('medarbetare@sjostad.se', 'cemr-deklarationen', days(-2));
    await assign('medarbetare@sjostad.se', 'politikerns-roll', days(-2));
    await s.db.courseCompletion.create({
      data: {
        organisationId,
        ...(await ids('medarbetare@sjostad.se', 'politikerns-roll')),
        certificateNo: 'JP-TEST-1',
      },
    });
    await assign('tomas.tidigare@sjostad.se', 'konsstereotyper', days(-2));

    const r = await job.runReminderJob(now);
    expect(r).toMatchObject({ before: 1, after: 1, failed: 0, waiting: 0 });
    // Cecilia manages Förskola and Ulla the administration above it: both see Moa's overdue course.
    expect(r.digests).toBe(2);
    expect(r.sent).toBe(4);
    expect(sentTo()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^medarbetare@sjostad.se Påminnelse: Känn igen .* ska vara klar senast/),
        expect.stringMatching(/^medarbetare@sjostad.se Försenad kurs: CEMR/),
        'chef@sjostad.se Veckosammanfattning: 1 försenad kurs i dina enheter',
        'direktor.utbildning@sjostad.se Veckosammanfattning: 1 försenad kurs i dina enheter',
      ]),
    );
    const digest = sendMail.mock.calls.find(([m]) => m.to === 'chef@sjostad.se')![0];
    expect(digest.text).toContain('Moa Medarbetare (Förskolan Solrosen)');
    expect(digest.text).toMatch(/\/e-post\/sammanfattning\?person=\S+&token=\S+/);
    expect(sentTo().some((t) => t.includes('tomas.tidigare'))).toBe(false);
  });

  it('running again, the same day or later that week, sends nothing twice', async () => {
    sendMail.mockClear();
    const before = await s.db.outboxMail.count();
    expect(await job.runReminderJob(now)).toMatchObject({ before: 0, after: 0, digests: 0, sent: 0 });
    expect(await job.runReminderJob(days(1.5))).toMatchObject({ before: 0, after: 0, digests: 0, sent: 0 });
    expect(sendMail).not.toHaveBeenCalled();
    expect(await s.db.outboxMail.count()).toBe(before);
  });

  it('two runs at the same time still send each mail once', async () => {
    sendMail.mockClear();
    await assign('medarbetare@sjostad.se', 'strategens-roll', days(-1, days(2)));
    await Promise.all([job.runReminderJob(days(2)), job.runReminderJob(days(2))]);
    const overdue = sendMail.mock.calls.filter(([m]) => /Försenad kurs: .*strateg/i.test(m.subject));
    expect(overdue).toHaveLength(1);
    expect(await s.db.outboxMail.count({ where: { sentAt: null } })).toBe(0);
  });

  it('keeps a mail that could not be sent and delivers it on the next run', async () => {
    sendMail.mockClear();
    sendMail.mockRejectedValueOnce(new Error('connect ECONNREFUSED 127.0.0.1:25'));
    await assign('medarbetare@sjostad.se', 'chefens-roll', days(2, days(7)));
    const first = await job.runReminderJob(days(7));
    expect(first).toMatchObject({ failed: 1, waiting: 1 });
    const stuck = await s.db.outboxMail.findFirstOrThrow({ where: { sentAt: null } });
    expect(stuck).toMatchObject({ attempts: 1, error: 'connect ECONNREFUSED 127.0.0.1:25' });
    expect(await job.runReminderJob(days(7))).toMatchObject({ sent: 1, waiting: 0 });
  });

  it('sends no digest to a manager who turned it off', async () => {
    const { setDigestOptOut } = await import('@/lib/data/reminders');
    const chef = await s.viewer('chef@sjostad.se');
    await setDigestOptOut(chef, true);
    sendMail.mockClear();
    await job.runReminderJob(days(14));
    const digests = sentTo().filter((t) => t.includes('Veckosammanfattning'));
    expect(digests).toEqual([
      expect.stringMatching(
        /^direktor.utbildning@sjostad.se Veckosammanfattning: \d+ försenade kurser i dina enheter$/,
      ),
    ]);
  });
});
