// Opens the configured database and brings its schema up to date.
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database, type OpenDatabaseOptions } from './database.ts';
import { migrate, readLocalMigrations, type MigrateResult } from './migrate.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

export async function openMigratedDatabase(
  options: OpenDatabaseOptions,
): Promise<{ db: Database; migration: MigrateResult }> {
  const db = await openDatabase(options);
  try {
    const migration = await migrate(db.session, readLocalMigrations(MIGRATIONS_DIR));
    return { db, migration };
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
}
