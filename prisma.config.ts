// Prisma 7 CLI config. Online users can run `npx prisma migrate status|deploy`
// against DATABASE_URL; offline, our own runner (src/store/migrate.ts) applies
// the same migrations with the same bookkeeping.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
});
