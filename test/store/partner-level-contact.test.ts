// PartnerLevelContact is derived from ContactMoment by triggers (migration
// partner_level_contact); these tests hold it against a max() over the moments
// after every kind of write, and check the migration's backfill.
import { createPglite } from '../../src/store/database.ts';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.ts';
import { migrate, readLocalMigrations } from '../../src/store/migrate.ts';
import { MIGRATIONS_DIR } from '../../src/store/open-store.ts';
import { sqlSessionFromPglite, type SqlSession } from '../../src/store/sql-session.ts';
import { createEmptyPostgresDatabase, openTestDatabase, testDbKinds } from '../support/test-database.ts';

const local = readLocalMigrations(MIGRATIONS_DIR);
const TRIGGER_MIGRATION = local.findIndex((m) => m.name.endsWith('_partner_level_contact'));
const at = (iso: string) => new Date(iso);

type Row = { partnerId: string; level: string; lastContactAt: string };

async function readTable(session: SqlSession): Promise<Row[]> {
  return session.query<Row>(`SELECT "partnerId"::text, level::text, to_char("lastContactAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') AS "lastContactAt"
    FROM "PartnerLevelContact" ORDER BY 1, 2`);
}

async function readTruth(session: SqlSession): Promise<Row[]> {
  return session.query<Row>(`SELECT "partnerId"::text, level::text, to_char(max("occurredAt") AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') AS "lastContactAt"
    FROM "ContactMoment" GROUP BY 1, 2 ORDER BY 1, 2`);
}

async function seedPartners(session: SqlSession): Promise<[string, string]> {
  const [org] = await session.query<{ id: string }>(`INSERT INTO "Organisation" (name) VALUES ('Zorggroep Test') RETURNING id`);
  const rows = await session.query<{ id: string }>(
    `INSERT INTO "Partner" ("organisationId", name) VALUES ($1, 'Gemeente A'), ($1, 'Huisarts B') RETURNING id`, [org!.id]);
  return [rows[0]!.id, rows[1]!.id];
}

async function addMoment(session: SqlSession, partnerId: string, level: string, occurredAt: string): Promise<string> {
  const [row] = await session.query<{ id: string }>(
    `INSERT INTO "ContactMoment" ("partnerId", level, "occurredAt") VALUES ($1, $2::"Level", $3) RETURNING id`, [partnerId, level, at(occurredAt)]);
  return row!.id;
}

describe.each(testDbKinds())('PartnerLevelContact trigger (%s)', (kind) => {
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('follows inserts, updates that move a moment, deletes and truncates exactly', async () => {
    db = await openTestDatabase(kind);
    const s = db.session;
    const [a, b] = await seedPartners(s);
    const m1 = await addMoment(s, a, 'operationeel', '2026-10-01T08:00:00Z');
    await addMoment(s, a, 'operationeel', '2026-09-01T08:00:00Z');
    await addMoment(s, a, 'tactisch', '2026-08-01T08:00:00Z');
    // Through Prisma (createMany: one statement for several pairs), as the demo loader writes.
    await db.prisma.contactMoment.createMany({ data: [
      { partnerId: b, level: 'strategisch', occurredAt: at('2026-07-01T08:00:00Z') },
      { partnerId: b, level: 'strategisch', occurredAt: at('2026-07-15T08:00:00Z') },
      { partnerId: a, level: 'tactisch', occurredAt: at('2026-08-02T08:00:00Z') },
    ] });
    expect(await readTable(s)).toEqual(await readTruth(s));
    expect((await readTable(s)).find((r) => r.partnerId === a && r.level === 'operationeel')?.lastContactAt).toBe('2026-10-01T08:00:00');

    // Moving the newest operational moment to partner B, tactical: A falls back, B gains a pair.
    await s.query(`UPDATE "ContactMoment" SET "partnerId" = $1, level = 'tactisch' WHERE id = $2`, [b, m1]);
    expect(await readTable(s)).toEqual(await readTruth(s));
    expect((await readTable(s)).find((r) => r.partnerId === a && r.level === 'operationeel')?.lastContactAt).toBe('2026-09-01T08:00:00');
    expect((await readTable(s)).find((r) => r.partnerId === b && r.level === 'tactisch')?.lastContactAt).toBe('2026-10-01T08:00:00');

    // Moving it back in time within its pair lowers the last contact.
    await s.query(`UPDATE "ContactMoment" SET "occurredAt" = $1 WHERE id = $2`, [at('2026-01-01T08:00:00Z'), m1]);
    expect((await readTable(s)).find((r) => r.partnerId === b && r.level === 'tactisch')?.lastContactAt).toBe('2026-01-01T08:00:00');

    // Deleting a pair's only moment removes its row; deleting one of two keeps the other.
    await s.query(`DELETE FROM "ContactMoment" WHERE id = $1`, [m1]);
    await s.query(`DELETE FROM "ContactMoment" WHERE "partnerId" = $1 AND "occurredAt" = $2`, [b, at('2026-07-15T08:00:00Z')]);
    expect(await readTable(s)).toEqual(await readTruth(s));
    expect((await readTable(s)).filter((r) => r.partnerId === b)).toEqual([{ partnerId: b, level: 'strategisch', lastContactAt: '2026-07-01T08:00:00' }]);

    // A deleted partner's moments cascade away, and so do its rows.
    await s.query(`DELETE FROM "Partner" WHERE id = $1`, [b]);
    expect(await readTable(s)).toEqual(await readTruth(s));
    expect((await readTable(s)).some((r) => r.partnerId === b)).toBe(false);

    // TRUNCATE … CASCADE from the organisation reaches ContactMoment and empties the table.
    await s.exec('TRUNCATE "Organisation" CASCADE');
    expect(await readTable(s)).toEqual([]);
  });

  it('a fresh migration backfills the moments logged before it', async () => {
    const before = local.slice(0, TRIGGER_MIGRATION);
    expect(TRIGGER_MIGRATION).toBeGreaterThan(0);
    const run = async (session: SqlSession) => {
      await migrate(session, before);
      const [a, b] = await seedPartners(session);
      await addMoment(session, a, 'operationeel', '2026-03-01T08:00:00Z');
      await addMoment(session, a, 'operationeel', '2026-05-01T08:00:00Z');
      await addMoment(session, b, 'strategisch', '2026-04-01T08:00:00Z');
      expect((await migrate(session, local)).applied[0]).toBe(local[TRIGGER_MIGRATION]!.name);
      const table = await readTable(session);
      expect(table).toEqual(await readTruth(session));
      expect(table).toHaveLength(2);
      expect(table.find((r) => r.partnerId === a)?.lastContactAt).toBe('2026-05-01T08:00:00');
    };
    if (kind === 'pglite') {
      const lite = await createPglite();
      await run(sqlSessionFromPglite(lite));
      await lite.close();
    } else {
      const empty = await createEmptyPostgresDatabase();
      const c = new pg.Client({ connectionString: empty.url });
      await c.connect();
      try {
        await run({ query: async (sql, params) => (await c.query(sql, params as unknown[])).rows, exec: async (sql) => void (await c.query(sql)) });
      } finally {
        await c.end();
        await empty.drop();
      }
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('PartnerLevelContact under concurrent writers (postgres)', () => {
  it('two transactions logging to one partner and level keep the later contact, whichever commits first', async () => {
    const db = await openTestDatabase('postgres');
    const [a] = await seedPartners(db.session);
    const [{ current_database: name }] = (await db.session.query<{ current_database: string }>('SELECT current_database()')) as [{ current_database: string }];
    const u = new URL(process.env.TEST_DATABASE_URL!);
    u.pathname = `/${name}`;
    const t1 = new pg.Client({ connectionString: u.toString() });
    const t2 = new pg.Client({ connectionString: u.toString() });
    await Promise.all([t1.connect(), t2.connect()]);
    try {
      // T1 logs the later contact (first for this pair) and holds its transaction open;
      // T2 logs an earlier one, whose recompute cannot see T1's uncommitted moment.
      await t1.query('BEGIN');
      await t1.query(`INSERT INTO "ContactMoment" ("partnerId", level, "occurredAt") VALUES ($1, 'tactisch', '2026-10-01T08:00:00Z')`, [a]);
      const second = t2.query(`INSERT INTO "ContactMoment" ("partnerId", level, "occurredAt") VALUES ($1, 'tactisch', '2026-06-01T08:00:00Z')`, [a]);
      await new Promise((r) => setTimeout(r, 200));
      await t1.query('COMMIT');
      await second;
      expect(await readTable(db.session)).toEqual(await readTruth(db.session));
      expect((await readTable(db.session))[0]?.lastContactAt).toBe('2026-10-01T08:00:00');
    } finally {
      await Promise.all([t1.end(), t2.end()]);
      await db.close();
    }
  });
});
