// Applies prisma/migrations/*/migration.sql in order, keeping Prisma's own
// _prisma_migrations bookkeeping so `prisma migrate status|deploy` (online)
// agrees with what we did offline. Runs under Prisma's advisory lock id so two
// instances starting together migrate once.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlSession } from './sql-session.ts';

export const PRISMA_ADVISORY_LOCK_ID = 72707369;

export interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  readonly code: 'MIGRATION_FAILED' | 'MIGRATION_UNKNOWN' | 'MIGRATION_UNFINISHED';
  constructor(code: MigrationError['code'], message: string) {
    super(message);
    this.name = 'MigrationError';
    this.code = code;
  }
}

export function readLocalMigrations(dir: string): LocalMigration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name, 'migration.sql'));
      return { name, sql: raw.toString('utf8'), checksum: createHash('sha256').update(raw).digest('hex') };
    });
}

const CREATE_BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
  checksumMismatches: string[];
}

export async function migrate(session: SqlSession, migrations: LocalMigration[]): Promise<MigrateResult> {
  // The advisory lock belongs to a connection: the whole run stays on one.
  return session.dedicated ? session.dedicated((one) => migrateOn(one, migrations)) : migrateOn(session, migrations);
}

async function migrateOn(session: SqlSession, migrations: LocalMigration[]): Promise<MigrateResult> {
  await session.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_ID]);
  try {
    await session.exec(CREATE_BOOKKEEPING);
    const rows = await session.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    const live = rows.filter((r) => r.rolled_back_at === null);
    const unfinished = live.find((r) => r.finished_at === null);
    if (unfinished) {
      throw new MigrationError(
        'MIGRATION_UNFINISHED',
        `Migratie "${unfinished.migration_name}" is eerder mislukt en niet afgerond. ` +
          `Herstel de oorzaak (zie kolom logs in _prisma_migrations) en markeer hem als teruggedraaid: ` +
          `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${unfinished.migration_name}' ` +
          `(of online: npx prisma migrate resolve --rolled-back ${unfinished.migration_name}).`,
      );
    }
    const known = new Set(migrations.map((m) => m.name));
    const unknown = live.filter((r) => !known.has(r.migration_name)).map((r) => r.migration_name);
    if (unknown.length > 0) {
      throw new MigrationError(
        'MIGRATION_UNKNOWN',
        `De database is gemigreerd door een nieuwere versie van RRO-bot (onbekende migratie: ${unknown.join(', ')}). ` +
          `Werk RRO-bot bij naar die versie; er is niets gewijzigd.`,
      );
    }
    const done = new Map(live.map((r) => [r.migration_name, r.checksum]));
    const checksumMismatches = migrations
      .filter((m) => done.has(m.name) && done.get(m.name) !== m.checksum)
      .map((m) => m.name);
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      const id = randomUUID();
      await session.query(
        'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
        [id, m.checksum, m.name],
      );
      try {
        // One transaction per migration: a failing one leaves the schema as it was.
        await session.exec(`BEGIN;\n${m.sql}\n;COMMIT;`);
      } catch (err) {
        await session.exec('ROLLBACK').catch(() => undefined);
        const message = err instanceof Error ? err.message : String(err);
        await session.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, message]);
        throw new MigrationError(
          'MIGRATION_FAILED',
          `Migratie "${m.name}" is mislukt en teruggedraaid: ${message}. De data is ongewijzigd; herstel de oorzaak en start opnieuw.`,
        );
      }
      await session.query(
        'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
        [id],
      );
      applied.push(m.name);
    }
    return { applied, alreadyApplied: done.size, checksumMismatches };
  } finally {
    await session.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_ID]).catch(() => undefined);
  }
}
