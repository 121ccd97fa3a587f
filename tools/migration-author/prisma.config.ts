// Prisma 6.19's CLI computes `migrate diff` offline when it uses the JS engine with a driver
// adapter. The pg adapter serves the SQLite and PostgreSQL datamodels alike (it needs a reachable
// PostgreSQL, which every machine of this project runs) and spares compiling a second SQLite driver.
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

export default defineConfig({
  engine: 'js',
  experimental: { adapter: true },
  adapter: async () =>
    new PrismaPg({
      connectionString: process.env.MIGRATION_AUTHOR_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    }),
});
