// A minimal raw-SQL port used by the migration runner and the benchmarks: it runs
// on a pg client (real PostgreSQL) and on PGlite alike.
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

export interface SqlSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a multi-statement script (no parameters). */
  exec(script: string): Promise<void>;
  /**
   * Runs work on one connection (session-level state such as advisory locks). A pooled
   * session has it; PGlite and a single client are one session already.
   */
  dedicated?<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
}

/** Statements go to any free pool connection, so concurrent turns don't queue on one. */
export function sqlSessionFromPool(pool: pg.Pool): SqlSession {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async exec(script: string) {
      await pool.query(script);
    },
    async dedicated<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        return await work(sqlSessionFromPg(client));
      } finally {
        client.release();
      }
    },
  };
}

export function sqlSessionFromPg(client: pg.Client | pg.PoolClient): SqlSession {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async exec(script: string) {
      await client.query(script);
    },
  };
}

export function sqlSessionFromPglite(db: PGlite): SqlSession {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params)).rows;
    },
    async exec(script: string) {
      await db.exec(script);
    },
  };
}
