// Bulk-loads a synthetic partner register for benchmarks with INSERT … SELECT …
// FROM generate_series: no row ever crosses the wire. Ids are md5-derived uuids so
// rows can refer to each other by number. Contact moments spread over two years,
// skewed over partners and levels so that every lapse status occurs.
import type { SqlSession } from '../src/store/sql-session.ts';

export interface RegisterSize {
  staff: number;
  partners: number;
  assignments: number;
  moments: number;
}

export const BENCH_ORGANISATION_ID = '00000000-0000-4000-8000-000000000001';

const LEVELS_SQL = `(ARRAY['operationeel','tactisch','strategisch']::"Level"[])`;

export async function fillRegister(session: SqlSession, size: RegisterSize, now: Date): Promise<void> {
  const perStaff = Math.ceil(size.assignments / size.staff);
  if (perStaff > size.partners) throw new Error('Meer toewijzingen per persoon dan partners: verklein assignments of vergroot partners.');
  await session.exec('TRUNCATE "Organisation" CASCADE');
  await session.query(`SELECT setseed(0.42)`);
  await session.query(`INSERT INTO "Organisation" (id, name) VALUES ($1, 'Benchmark Zorggroep')`, [BENCH_ORGANISATION_ID]);
  await session.query(
    `INSERT INTO "Category" (id, "organisationId", name, "idealIntervalDays", "maxIntervalDays", priority)
     SELECT md5('c' || n)::uuid, $1, r.name, r.ideal, r.max, n
     FROM (VALUES (1, 'Ziekenhuis', 30, 60), (2, 'Gemeente', 60, 120), (3, 'VVT', 42, 90),
                  (4, 'Huisartsen', 90, 180), (5, 'Welzijn', 180, 365)) AS r(n, name, ideal, max)`,
    [BENCH_ORGANISATION_ID],
  );
  await session.query(
    `INSERT INTO "Team" (id, "organisationId", name)
     SELECT md5('t' || n)::uuid, $1, 'Team ' || n FROM generate_series(0, $2::int - 1) n`,
    [BENCH_ORGANISATION_ID, Math.max(1, Math.round(size.staff / 100))],
  );
  // One in twenty people is away until next week.
  await session.query(
    `INSERT INTO "Staff" (id, "organisationId", name, email, "awayUntil")
     SELECT md5('s' || n)::uuid, $1, 'Medewerker ' || lpad(n::text, 6, '0'), 'm' || n || '@bench.nl',
            CASE WHEN n % 20 = 7 THEN ($2::timestamptz)::date + 7 END
     FROM generate_series(0, $3::int - 1) n`,
    [BENCH_ORGANISATION_ID, now, size.staff],
  );
  await session.query(
    `INSERT INTO "TeamMembership" ("teamId", "staffId")
     SELECT md5('t' || (n / 100))::uuid, md5('s' || n)::uuid FROM generate_series(0, $1::int - 1) n`,
    [size.staff],
  );
  // One in ten partners has no rubriek (default rule); one in fifty is archived.
  await session.query(
    // In the register long before the contact history starts, so the trend's "as of" sees them in every week.
    `INSERT INTO "Partner" (id, "organisationId", name, "categoryId", "archivedAt", "createdAt")
     SELECT md5('p' || n)::uuid, $1, 'Partner ' || lpad(n::text, 7, '0'),
            CASE WHEN n % 10 <> 3 THEN md5('c' || (1 + n % 5))::uuid END,
            CASE WHEN n % 50 = 11 THEN $2::timestamptz END, $2::timestamptz - interval '3 years'
     FROM generate_series(0, $3::int - 1) n`,
    [BENCH_ORGANISATION_ID, now, size.partners],
  );
  // Assignment i belongs to staff i % S; its partners differ per person (step 7919,
  // a prime), so (staff, partner) is unique. Levels lean operational.
  await session.query(
    `INSERT INTO "Assignment" ("staffId", "partnerId", level, kind)
     SELECT md5('s' || (i % $1::int))::uuid,
            md5('p' || (((i % $1::int) * 5 + (i / $1::int) * 7919) % $2::int))::uuid,
            ${LEVELS_SQL}[1 + (CASE WHEN i % 10 < 6 THEN 0 WHEN i % 10 < 9 THEN 1 ELSE 2 END)],
            CASE WHEN i % 4 = 0 THEN 'co_owner'::"AssignmentKind" ELSE 'owner'::"AssignmentKind" END
     FROM generate_series(0, $3::int - 1) i`,
    [size.staff, size.partners, size.assignments],
  );
  // random()^3 over partners: low numbers are contacted weekly, high numbers rarely.
  // PartnerLevelContact's trigger is off for this one bulk insert and the table is
  // filled afterwards with the migration's own backfill statement.
  await session.exec('ALTER TABLE "ContactMoment" DISABLE TRIGGER "ContactMoment_partner_level_contact_insert"');
  await session.query(
    `INSERT INTO "ContactMoment" ("partnerId", "staffId", "occurredAt", level, channel, source)
     SELECT md5('p' || floor($1::int * power(random(), 3))::int)::uuid,
            md5('s' || floor($2::int * random())::int)::uuid,
            $3::timestamptz - random() * interval '730 days',
            ${LEVELS_SQL}[1 + (CASE WHEN r < 0.6 THEN 0 WHEN r < 0.9 THEN 1 ELSE 2 END)],
            'meeting', 'import'
     FROM (SELECT random() AS r FROM generate_series(1, $4::int)) g`,
    [size.partners, size.staff, now, size.moments],
  );
  await session.exec(`ALTER TABLE "ContactMoment" ENABLE TRIGGER "ContactMoment_partner_level_contact_insert";
    INSERT INTO "PartnerLevelContact" ("partnerId", level, "lastContactAt")
    SELECT "partnerId", level, max("occurredAt") FROM "ContactMoment" GROUP BY "partnerId", level`);
  await session.exec('VACUUM ANALYZE');
}
