// A throw-away database with the demo organisations and courses, on the suite's engine, for
// unit tests of the data layer. lib/env reads DATABASE_URL once, on first import, so the URL is
// stubbed and modules are reset before anything imports it.
import { vi } from 'vitest';
import { createTempDb, type TempDb } from './test-db';

export type Seeded = {
  temp: TempDb;
  db: import('@/lib/db').Db;
  viewer: (email: string) => Promise<import('@/lib/data/session-user').SessionUser>;
  close: () => Promise<void>;
};

export async function seededDb(): Promise<Seeded> {
  const temp = await createTempDb();
  vi.resetModules();
  vi.stubEnv('DATABASE_URL', temp.url);
  const { runMigrations } = await import('@/scripts/migrate');
  await runMigrations({ url: temp.url });
  const { createDb } = await import('@/lib/db-factory');
  const seedDb = createDb(temp.url);
  const { seedOrganisation } = await import('@/prisma/seed');
  const { seedLearning } = await import('@/prisma/seed/learning');
  const { demoOrganisation, otherOrganisation } = await import('@/prisma/seed/demo-org');
  const { organisationId } = await seedOrganisation(seedDb, demoOrganisation, 'x');
  await seedOrganisation(seedDb, otherOrganisation, 'x');
  await seedLearning(seedDb, organisationId);
  await seedDb.$disconnect();
  const { db } = await import('@/lib/db');
  const { getSessionUser } = await import('@/lib/data/session-user');
  return {
    temp,
    db,
    viewer: async (email) => {
      const { id, sessionVersion } = await db.user.findUniqueOrThrow({
        where: { email },
        select: { id: true, sessionVersion: true },
      });
      return (await getSessionUser(id, sessionVersion))!;
    },
    close: async () => {
      await db.$disconnect();
      await temp.drop();
      vi.unstubAllEnvs();
    },
  };
}
