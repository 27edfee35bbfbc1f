// `npm run bench:lapse`: the lapsed-per-person use-case against a plain hand-written
// query (the floor) on a real PostgreSQL, at full size and at 1/10. Creates the
// databases rro_bench_lapse (full) and rro_bench_lapse_tenth and drops them
// afterwards. DATABASE_URL picks the server; --plan prints the whole query plan.
import pg from 'pg';
import { listLapsedPerPerson } from '../src/register/list-lapsed-per-person.ts';
import { listMyPartners } from '../src/register/list-my-partners.ts';
import { openDatabase, type Database } from '../src/store/database.ts';
import { ASSIGNMENT_STATUS_SQL, createLapseQuery } from '../src/store/lapse-query.ts';
import { migrate, readLocalMigrations } from '../src/store/migrate.ts';
import { MIGRATIONS_DIR } from '../src/store/open-store.ts';
import { BENCH_ORGANISATION_ID, fillRegister, type RegisterSize } from './fill-register.ts';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const NOW = new Date('2026-11-23T09:00:00Z');
const TZ = 'Europe/Amsterdam';
const RUNS = 7;
const FULL: RegisterSize = { staff: 10_000, partners: 50_000, assignments: 100_000, moments: 2_000_000 };
const TENTH: RegisterSize = { staff: 1_000, partners: 5_000, assignments: 10_000, moments: 200_000 };

// What one would write by hand for "lapsed per person": a last-contact probe per
// assignment at its level and overall, rows straight from the driver.
const FLOOR_SQL = `
SELECT s.id AS staff_id, s.name AS staff_name, p.id AS partner_id, p.name AS partner_name, c.name AS category,
       a.level, a.kind, lvl.at AS last_at_level, anyl.at AS last_at, d.days,
       coalesce(c."idealIntervalDays", 42) AS ideal, coalesce(c."maxIntervalDays", 90) AS max
FROM "Assignment" a
JOIN "Staff" s ON s.id = a."staffId"
JOIN "Partner" p ON p.id = a."partnerId"
LEFT JOIN "Category" c ON c.id = p."categoryId"
CROSS JOIN LATERAL (SELECT max("occurredAt") AS at FROM "ContactMoment" m WHERE m."partnerId" = a."partnerId" AND m.level = a.level) lvl
CROSS JOIN LATERAL (SELECT max("occurredAt") AS at FROM "ContactMoment" m WHERE m."partnerId" = a."partnerId") anyl
CROSS JOIN LATERAL (SELECT (($2::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date - (lvl.at AT TIME ZONE 'Europe/Amsterdam')::date) AS days) d
WHERE s."organisationId" = $1 AND p."organisationId" = $1 AND p."archivedAt" IS NULL
  AND (s."awayUntil" IS NULL OR s."awayUntil" < ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date)
  AND d.days > coalesce(c."idealIntervalDays", 42)
ORDER BY s.name, s.id, d.days > coalesce(c."maxIntervalDays", 90) DESC, d.days DESC, p.name`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

type Timed = Record<string, () => Promise<unknown>>;

// One warm-up each (plans, buffer cache), then round-robin run by run, so a busy
// neighbour on a shared machine slows every contestant alike.
async function timeRoundRobin(contestants: Timed): Promise<Record<string, number>> {
  for (const fn of Object.values(contestants)) await fn();
  const times: Record<string, number[]> = {};
  for (let i = 0; i < RUNS; i++) {
    for (const [name, fn] of Object.entries(contestants)) {
      const t0 = performance.now();
      await fn();
      (times[name] ??= []).push(performance.now() - t0);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, ts]) => [name, median(ts)]));
}

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

interface Bench {
  db: Database;
  useCase: () => Promise<unknown>;
  floor: () => Promise<unknown>;
  myPartners: () => Promise<unknown>;
}

async function prepare(name: string, size: RegisterSize, label: string, open: Database[]): Promise<Bench> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), poolSize: 2 });
  open.push(db);
  await migrate(db.session, readLocalMigrations(MIGRATIONS_DIR));
  const t0 = performance.now();
  await fillRegister(db.session, size, NOW);
  const fillS = (performance.now() - t0) / 1000;
  const query = createLapseQuery(db);
  const options = { organisationId: BENCH_ORGANISATION_ID, now: NOW, timeZone: TZ };
  const people = await listLapsedPerPerson(query, options);
  const floorRows = await db.session.query(FLOOR_SQL, [BENCH_ORGANISATION_ID, NOW]);
  const lapsedRows = people.reduce((n, p) => n + p.partners.length, 0);
  if (floorRows.length !== lapsedRows) throw new Error(`Use-case (${lapsedRows}) en vloer (${floorRows.length}) geven niet hetzelfde aantal rijen.`);
  console.log(
    `${label}: ${size.staff} staff, ${size.partners} partners, ${size.assignments} assignments, ${size.moments} moments ` +
      `(filled in ${fillS.toFixed(1)} s) → ${people.length} people with ${lapsedRows} lapsed assignments`,
  );
  // "Mijn partners" for one person (the first has the busiest partner): a few ms at any size.
  const [first] = await db.session.query<{ id: string }>('SELECT id FROM "Staff" ORDER BY name LIMIT 1');
  return {
    db,
    useCase: () => listLapsedPerPerson(query, options),
    floor: () => db.session.query(FLOOR_SQL, [BENCH_ORGANISATION_ID, NOW]),
    myPartners: () => listMyPartners(query, { ...options, staffId: first!.id }),
  };
}

async function printPlan(db: Database): Promise<void> {
  const params = [BENCH_ORGANISATION_ID, NOW, TZ, 42, 90, null, null, true, true];
  const plan = await db.session.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${ASSIGNMENT_STATUS_SQL}`, params);
  const lines = plan.map((r) => r['QUERY PLAN']);
  console.log('plan at full size (ContactMoment access and totals):');
  for (const line of lines.filter((l) => /ContactMoment|Execution Time|Planning Time/.test(l))) console.log(`   ${line.trim()}`);
  if (process.argv.includes('--plan')) console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const open: Database[] = [];
  const names = ['rro_bench_lapse_tenth', 'rro_bench_lapse'];
  try {
    const tenth = await prepare(names[0]!, TENTH, '1/10 size', open);
    const full = await prepare(names[1]!, FULL, 'full size', open);
    const t = await timeRoundRobin({
      tenthUseCase: tenth.useCase, tenthFloor: tenth.floor, tenthMine: tenth.myPartners,
      fullUseCase: full.useCase, fullFloor: full.floor, fullMine: full.myPartners,
    });
    const f = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(`1/10 size: use-case median ${f(t.tenthUseCase!)} · floor median ${f(t.tenthFloor!)} · ratio ${(t.tenthUseCase! / t.tenthFloor!).toFixed(2)} · my partners ${f(t.tenthMine!)}`);
    console.log(`full size: use-case median ${f(t.fullUseCase!)} · floor median ${f(t.fullFloor!)} · ratio ${(t.fullUseCase! / t.fullFloor!).toFixed(2)} · my partners ${f(t.fullMine!)}`);
    const scaling = t.fullUseCase! / t.tenthUseCase!;
    console.log(`scaling (10× data): use-case ×${scaling.toFixed(1)} · floor ×${(t.fullFloor! / t.tenthFloor!).toFixed(1)}`);
    console.log(`targets: ratio ≤ 1.5 → ${(t.fullUseCase! / t.fullFloor!).toFixed(2)}; 10× data ≤ 12× time → ×${scaling.toFixed(1)}`);
    await printPlan(full.db);
  } finally {
    for (const db of open) await db.close();
    for (const name of names) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

await main();
