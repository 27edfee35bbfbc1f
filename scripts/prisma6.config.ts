// Config for the Prisma 6.19 CLI (npm alias prisma-cli-6), used only by
// scripts/db-diff.ts: with a driver adapter and the "js" engine it computes
// migration SQL without the native schema engine that offline machines lack.
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma-cli-6/config';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  adapter: async () =>
    // The CLI never closes the adapter's pool: without allowExitOnIdle its idle connection
    // keeps the process alive for pg's 10 s idle timeout after the diff is written.
    new PrismaPg({ connectionString: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres', allowExitOnIdle: true }),
} as never);
