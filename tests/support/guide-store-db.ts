// A throw-away database with one organisation and one strategist for the guidance store's tests
// (tests/unit/guide-store*.test.ts), and the reads they check after each write. Registers its own
// beforeAll/afterAll, so each test file gets a database of its own.
import { afterAll, beforeAll } from 'vitest';
import { createDb, type Db } from '@/lib/db-factory';
import type { ExpectedError } from '@/lib/errors';
import type { GuideContent } from '@/lib/validation/guide';
import { runMigrations } from '../../scripts/migrate';
import { createTempDb, type TempDb } from './test-db';

export const content = (body: string, title = 'Testsida'): GuideContent => ({
  title,
  summary: 'En sida för test.',
  body,
  meta: {
    topics: ['grunder'],
    audiences: ['chef'],
    updated: '2026-11-28',
    related: [],
    sources: [{ title: 'Källa', publisher: 'SKR' }],
  },
});

/** 'ok', or the code of the expected error the write was refused with. */
export const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: ExpectedError) => e.code,
  );

export function setUpGuideStoreDb() {
  let temp: TempDb;
  let db: Db;
  let organisationId: string;
  let actorId: string;

  beforeAll(async () => {
    temp = await createTempDb();
    await runMigrations({ url: temp.url });
    db = createDb(temp.url);
    organisationId = (
      await db.organisation.create({ data: { slug: 'testkommun', name: 'Testkommun', kind: 'KOMMUN' } })
    ).id;
    actorId = (
      await db.user.create({
        data: { organisationId, name: 'Stina Strateg', email: 'stina@test.se', role: 'STRATEGIST' },
      })
    ).id;
  });
  afterAll(async () => {
    await db.$disconnect();
    await temp.drop();
  });

  return {
    get db() {
      return db;
    },
    get organisationId() {
      return organisationId;
    },
    /** What every store function takes first. */
    base: () => ({ db, organisationId, actorId }),
    page: (id: string) =>
      db.guidePage.findUniqueOrThrow({
        where: { id },
        select: { slug: true, status: true, version: true, publishedRevisionId: true },
      }),
    revisions: (pageId: string) =>
      db.guideRevision.findMany({
        where: { pageId },
        orderBy: { number: 'asc' },
        select: { id: true, number: true, body: true, note: true },
      }),
    audits: (entityId: string) =>
      db.auditEvent
        .findMany({ where: { entityId }, orderBy: { createdAt: 'asc' }, select: { action: true } })
        .then((a) => a.map((e) => e.action)),
  };
}
