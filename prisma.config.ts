import { defineConfig } from 'prisma/config';

// Only `prisma generate` runs here (see scripts/prisma-generate.ts); migrations are applied by
// scripts/migrate.ts. The URL is read for tools such as `prisma studio` on online machines.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations/sqlite' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/portal.db' },
});
