import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffSchemas } from '../../scripts/db-diff.ts';
import { openDatabase } from '../../src/store/database.ts';
import { migrate, MigrationError, readLocalMigrations, type LocalMigration } from '../../src/store/migrate.ts';
import { MIGRATIONS_DIR } from '../../src/store/open-store.ts';
import { sqlSessionFromPglite } from '../../src/store/sql-session.ts';
import { readCatalog } from '../support/catalog.ts';
import { createEmptyPostgresDatabase, openEmptyPglite, openTestDatabase } from '../support/test-database.ts';

const local = readLocalMigrations(MIGRATIONS_DIR);

async function freshLite() {
  const lite = await openEmptyPglite();
  return { lite, session: sqlSessionFromPglite(lite) };
}

describe('migrate (offline runner with Prisma bookkeeping)', () => {
  it('applies every migration once and records it like prisma migrate deploy', async () => {
    const { lite, session } = await freshLite();
    const first = await migrate(session, local);
    expect(first.applied).toEqual(local.map((m) => m.name));
    const rows = await session.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    for (const [i, r] of rows.entries()) {
      expect(r.checksum).toBe(local[i]!.checksum);
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(r.finished_at).not.toBeNull();
      expect(r.applied_steps_count).toBe(1);
    }
    const second = await migrate(session, local);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(local.length);
    await lite.close();
  });

  // The run's migrated template (test/support/test-templates.ts) was made by this same
  // migrate() on the same migrations; a copy of it saves migrating from scratch again.
  it('refuses a database migrated by a newer version and changes nothing', async () => {
    const db = await openTestDatabase('pglite');
    const { session } = db;
    expect((await migrate(session, local)).applied).toEqual([]);
    const newer: LocalMigration = { name: '29990101000000_future', sql: 'CREATE TABLE future_thing (id int);', checksum: 'x'.repeat(64) };
    await migrate(session, [...local, newer]);
    const before = await readCatalog(session);
    const err = await migrate(session, local).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigrationError);
    expect((err as MigrationError).code).toBe('MIGRATION_UNKNOWN');
    expect((err as Error).message).toContain('29990101000000_future');
    expect(await readCatalog(session)).toEqual(before);
    await db.close();
  });

  it('rolls back a failing migration, logs it, and blocks the next start until resolved', async () => {
    const db = await openTestDatabase('pglite');
    const { session } = db;
    expect((await migrate(session, local)).applied).toEqual([]);
    const before = await readCatalog(session);
    const broken: LocalMigration = {
      name: '29990101000000_broken',
      sql: 'CREATE TABLE half_done (id int);\nALTER TABLE "Partner" ADD COLUMN x int REFERENCES nowhere(id);',
      checksum: 'y'.repeat(64),
    };
    const err = await migrate(session, [...local, broken]).catch((e: unknown) => e);
    expect((err as MigrationError).code).toBe('MIGRATION_FAILED');
    expect(await readCatalog(session)).toEqual(before);
    const [row] = await session.query<{ finished_at: Date | null; logs: string | null }>(
      `SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`,
    );
    expect(row!.finished_at).toBeNull();
    expect(row!.logs).toContain('nowhere');
    const again = await migrate(session, [...local, broken]).catch((e: unknown) => e);
    expect((again as MigrationError).code).toBe('MIGRATION_UNFINISHED');
    await db.close();
  });

  it('has no drift: the migrations build exactly what schema.prisma describes', async () => {
    // a: what the migrations build (a copy of the run's template, which migrate() built
    // from an empty cluster; nothing left to apply proves it has all of them);
    // b: what schema.prisma describes.
    const a = await openTestDatabase('pglite');
    expect((await migrate(a.session, local)).applied).toEqual([]);
    const b = await freshLite();
    await b.session.exec(diffSchemas(null, readFileSync('prisma/schema.prisma', 'utf8')));
    // Hand-written in their migrations because Prisma's schema language cannot describe
    // them: the directory's generated "directoryDoc" columns with their trigram indexes,
    // and the pulse's 1–5 score CHECK.
    const described = (lines: string[]) => lines.filter((l) => !l.includes('directoryDoc') && !l.includes('RelationshipPulse_scores_check'));
    expect(described(await readCatalog(a.session))).toEqual(await readCatalog(b.session));
    await a.close();
    await b.lite.close();
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('migrates once when two instances start together on PostgreSQL', async () => {
    const empty = await createEmptyPostgresDatabase();
    const [x, y] = await Promise.all([openDatabase({ url: empty.url }), openDatabase({ url: empty.url })]);
    const [rx, ry] = await Promise.all([migrate(x.session, local), migrate(y.session, local)]);
    expect([...rx.applied, ...ry.applied].sort()).toEqual(local.map((m) => m.name).sort());
    const [{ n }] = (await x.session.query<{ n: number }>('SELECT count(*)::int AS n FROM "_prisma_migrations"')) as [{ n: number }];
    expect(n).toBe(local.length);
    await x.close();
    await y.close();
    await empty.drop();
  });
});

describe('the no-network guard', () => {
  it('refuses a connection to a non-loopback host', async () => {
    const net = await import('node:net');
    expect(() => net.connect({ host: '192.0.2.1', port: 443 })).toThrow(/geweigerd/);
  });
});
