// The audit log names what an event is about (a unit's, a person's or a guidance page's current
// name) instead of a bare id, and only from the viewer's own organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFilterSchema } from '@/lib/validation/admin';
import { seededDb, type Seeded } from '../support/seeded-db';
import { engine } from '../support/test-db';

let s: Seeded;

beforeAll(async () => {
  s = await seededDb();
});
afterAll(() => s.close());

describe(`subjects in the audit log (${engine})`, () => {
  it("shows the subject's current name, and never a name from another organisation", async () => {
    const admin = await s.viewer('admin@sjostad.se');
    const unit = await s.db.orgUnit.findFirstOrThrow({
      where: { organisationId: admin.organisationId },
      select: { id: true, name: true },
    });
    // Two revisions: the newest title names the page.
    const page = await s.db.guidePage.create({
      data: { organisationId: admin.organisationId, slug: 'budget' },
      select: { id: true },
    });
    for (const [number, title] of [
      [1, 'Budget'],
      [2, 'Jämställd budget'],
    ] as const)
      await s.db.guideRevision.create({ data: { pageId: page.id, number, title, summary: '', body: '', meta: '{}' } });
    const guide = { pageId: page.id, title: 'Jämställd budget' };
    const stranger = await s.db.user.findUniqueOrThrow({ where: { email: 'admin@norrvik.se' }, select: { id: true } });
    const event = (entityType: string, entityId: string) => ({
      organisationId: admin.organisationId,
      action: 'test.event',
      entityType,
      entityId,
    });
    await s.db.auditEvent.createMany({
      data: [event('OrgUnit', unit.id), event('GuidePage', guide.pageId), event('User', stranger.id)],
    });
    const { listAuditEvents } = await import('@/lib/data/admin-audit');
    const { rows } = await listAuditEvents(admin, auditFilterSchema.parse({ handling: 'test.event' }));
    const subject = (id: string) => rows.find((r) => r.entityId === id)?.subject;
    expect(subject(unit.id)).toBe(unit.name);
    expect(subject(guide.pageId)).toBe(guide.title);
    expect(subject(stranger.id)).toBeNull();
  });
});
