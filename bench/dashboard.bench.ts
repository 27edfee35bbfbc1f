// `npx tsx bench/dashboard.bench.ts`: GET /dashboard as a manager over real HTTP
// on a real PostgreSQL at the benchmark scale (10k staff, 50k partners, 100k
// assignments, 2M contact moments), against the raw SQL floor (the overview and
// trend statements alone). Creates rro_bench_dashboard and drops it afterwards.
// `--append` adds the figures to docs/benchmarks.md.
import { createDashboardStores } from '../src/app/create-dashboard-stores.ts';
import express from 'express';
import { appendFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createManualClock } from '../src/core/clock.ts';
import { createDashboardRouter } from '../src/dashboard/create-dashboard-router.ts';
import { HEAT_PAGE_SIZE } from '../src/dashboard/overview-page.ts';
import { listFinishedWeekEnds, listTrendWeekEnds } from '../src/domain/trend-weeks.ts';
import { recordFinishedWeeks } from '../src/store/coverage-week-store.ts';
import { createDashboardQueries } from '../src/store/dashboard-queries.ts';
import { loadPrompts } from '../src/i18n/load-prompts.ts';
import { createTranslator } from '../src/core/i18n/translator.ts';
import { createMagicToken, hashMagicToken } from '../src/features/dashboard-access/magic-token.ts';
import { OVERVIEW_SQL, OVERVIEW_STAFF_SQL, overviewParams } from '../src/store/dashboard-overview-query.ts';
import { CURRENT_WEEK_SQL, CURRENT_WEEK_STAFF_SQL, FROZEN_STAFF_WEEKS_SQL, FROZEN_WEEKS_SQL, forgetTrends } from '../src/store/dashboard-trend-query.ts';
import { PARTNER_WEEKS_SQL, countPartnerWeeksSql } from '../src/store/coverage-week-sql.ts';
import { openDatabase } from '../src/store/database.ts';
import { migrate, readLocalMigrations } from '../src/store/migrate.ts';
import { MIGRATIONS_DIR } from '../src/store/open-store.ts';
import { BENCH_ORGANISATION_ID, fillRegister, type RegisterSize } from './fill-register.ts';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'rro_bench_dashboard';
const NOW = new Date('2026-11-23T09:00:00Z');
const TZ = 'Europe/Amsterdam';
const RUNS = 10;
const FULL: RegisterSize = { staff: 10_000, partners: 50_000, assignments: 100_000, moments: 2_000_000 };
const MANAGER_ID = '00000000-0000-4000-8000-00000000beef';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(fn: () => Promise<unknown>, before?: () => void): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    before?.();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function time1(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB_NAME}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${DB_NAME}`;
  const db = await openDatabase({ url: url.toString(), poolSize: 4 });
  let server: ReturnType<express.Express['listen']> | undefined;
  try {
    await migrate(db.session, readLocalMigrations(MIGRATIONS_DIR));
    const t0 = performance.now();
    await fillRegister(db.session, FULL, NOW);
    console.log(`filled ${FULL.staff} staff, ${FULL.partners} partners, ${FULL.assignments} assignments, ${FULL.moments} moments in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await db.session.query(`INSERT INTO "Staff" (id, "organisationId", name, role) VALUES ($1, $2, 'Directeur Benchmark', 'manager')`, [MANAGER_ID, BENCH_ORGANISATION_ID]);
    // The coverage-snapshot job's first run: it freezes the 26 finished weeks (the backfill).
    const backfill = await time1(() => recordFinishedWeeks(db.session, BENCH_ORGANISATION_ID, TZ, listFinishedWeekEnds(NOW, TZ, 26)));
    const token = createMagicToken();
    await db.prisma.dashboardSession.create({ data: { staffId: MANAGER_ID, tokenHash: hashMagicToken(token), expiresAt: new Date(NOW.getTime() + 3_600_000) } });

    const app = express();
    app.use('/dashboard', createDashboardRouter({ ...createDashboardStores(db, createManualClock(NOW)), mode: 'magic-link', t: createTranslator(loadPrompts()), clock: createManualClock(NOW), secureCookies: false }));
    const listening = app.listen(0, '127.0.0.1');
    server = listening;
    await new Promise((r) => listening.once('listening', r));
    const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    const page = async () => {
      const res = await fetch(`${base}/dashboard`, { headers: { cookie: `rro_dashboard=${token}` } });
      if (res.status !== 200) throw new Error(`GET /dashboard gaf ${res.status}`);
      return res.text();
    };
    const scope = { organisationId: BENCH_ORGANISATION_ID, staffIds: null, now: NOW, timeZone: TZ };
    // First of all, the statement's very first run in this process (cold plan and connection).
    const firstStatement = await time1(() => db.session.query(OVERVIEW_SQL, overviewParams(scope, { limit: HEAT_PAGE_SIZE, offset: 0 })));
    // Then the first page after start: nothing memoised, so the trend is computed too.
    let bytes = 0;
    const firstPage = await time1(async () => { bytes = (await page()).length; });
    const warm = await time(page);
    const cold = await time(page, forgetTrends);
    const weeks = listTrendWeekEnds(NOW, TZ).map((w) => w.at);
    const overviewFloor = await time(() => db.session.query(OVERVIEW_SQL, overviewParams(scope, { limit: HEAT_PAGE_SIZE, offset: 0 })));
    // Without snapshots: all 26 weeks computed as of their own end (what the job's backfill computes).
    const trendFloor = await time(() => db.session.query(countPartnerWeeksSql(PARTNER_WEEKS_SQL), [BENCH_ORGANISATION_ID, weeks, TZ, 90, null]));
    const frozenFloor = await time(() => db.session.query(FROZEN_WEEKS_SQL, [BENCH_ORGANISATION_ID, listTrendWeekEnds(NOW, TZ).map((w) => w.weekKey), null]));
    const currentFloor = await time(() => db.session.query(CURRENT_WEEK_SQL, [BENCH_ORGANISATION_ID, NOW, TZ, 90, null]));
    // "As of": 84 partners imported today leave every finished week as it was.
    const queries = createDashboardQueries(db);
    forgetTrends();
    const before = await queries.trend(scope, listTrendWeekEnds(NOW, TZ));
    await db.session.query(`INSERT INTO "Partner" ("organisationId", name, "createdAt") SELECT $1, 'Geïmporteerd ' || n, $2 FROM generate_series(1, 84) n`, [BENCH_ORGANISATION_ID, NOW]);
    forgetTrends();
    const after = await queries.trend(scope, listTrendWeekEnds(NOW, TZ));
    const pastUnchanged = JSON.stringify(after.slice(0, -1)) === JSON.stringify(before.slice(0, -1));
    // A team lead's scope: the partners of 30 staff (~300 partners).
    const team = (await db.session.query<{ id: string }>(`SELECT id FROM "Staff" WHERE id <> $1 ORDER BY id LIMIT 30`, [MANAGER_ID])).map((r) => r.id);
    const teamOverview = await time(() => db.session.query(OVERVIEW_STAFF_SQL, overviewParams({ ...scope, staffIds: team }, { limit: HEAT_PAGE_SIZE, offset: 0 })));
    const teamTrend = await time(() => db.session.query(FROZEN_STAFF_WEEKS_SQL, [BENCH_ORGANISATION_ID, listTrendWeekEnds(NOW, TZ).map((w) => w.weekKey), team]));
    const teamCurrent = await time(() => db.session.query(CURRENT_WEEK_STAFF_SQL, [BENCH_ORGANISATION_ID, NOW, TZ, 90, team]));
    const lines = [
      `GET /dashboard as manager (${(bytes / 1024).toFixed(0)} KB HTML), median of ${RUNS}:`,
      `  trend memoised (normal case): ${warm.toFixed(0)} ms · trend recomputed every time: ${cold.toFixed(0)} ms`,
      `  raw SQL floor: overview statement ${overviewFloor.toFixed(0)} ms · frozen weeks read ${frozenFloor.toFixed(0)} ms · current week live ${currentFloor.toFixed(0)} ms`,
      `  without snapshots, all 26 weeks computed as of their end: ${trendFloor.toFixed(0)} ms · backfill of 26 weeks by the snapshot job: ${backfill.toFixed(0)} ms`,
      `  trend computation alone (page cold − page memoised): ${(cold - warm).toFixed(0)} ms`,
      `  84 partners imported today: past weeks unchanged = ${pastUnchanged}; current week total ${before.at(-1)!.total} → ${after.at(-1)!.total}`,
      `  a team lead's scope (30 staff): overview statement ${teamOverview.toFixed(0)} ms · frozen weeks read ${teamTrend.toFixed(0)} ms · current week ${teamCurrent.toFixed(0)} ms`,
      `  first after start: overview statement ${firstStatement.toFixed(0)} ms · whole page (trend not yet memoised) ${firstPage.toFixed(0)} ms`,
    ];
    for (const l of lines) console.log(l);
    if (process.argv.includes('--append')) {
      const doc = 'docs/benchmarks.md';
      const md = `\n## Dashboard overview (issue 7)\n\n` +
        `\`npx tsx bench/dashboard.bench.ts\` on a real PostgreSQL 15 (2 cores, shared with other work), ` +
        `${FULL.staff.toLocaleString('en')} staff, ${FULL.partners.toLocaleString('en')} partners, ${FULL.assignments.toLocaleString('en')} assignments, ` +
        `${FULL.moments.toLocaleString('en')} contact moments (bench/fill-register.ts). Server-rendered GET /dashboard as a manager ` +
        `(whole organisation in scope) over HTTP, median of ${RUNS}:\n\n` +
        `| measurement | median |\n| --- | ---: |\n` +
        `| GET /dashboard, trend memoised (finished weeks are kept 5 minutes per scope) | ${warm.toFixed(0)} ms |\n` +
        `| GET /dashboard, trend recomputed on every request | ${cold.toFixed(0)} ms |\n` +
        `| floor: overview statement alone (heat map page + counts per rubriek and level) | ${overviewFloor.toFixed(0)} ms |\n` +
        `| floor: trend statement alone (26 week ends) | ${trendFloor.toFixed(0)} ms |\n` +
        `| first run after start: overview statement (single run) | ${firstStatement.toFixed(0)} ms |\n` +
        `| first GET /dashboard after start, trend not yet memoised (single run) | ${firstPage.toFixed(0)} ms |\n\n` +
        `The overview is one statement: the last contact per partner and level read from PartnerLevelContact (kept exact by triggers on ContactMoment), judged in SQL, ` +
        `with the heat-map page (${HEAT_PAGE_SIZE} most urgent partners), counts per rubriek and per level aggregated from that one set. ` +
        `The trend buckets each contact once with width_bucket over the week ends and sums +1/−1 coverage deltas, ` +
        `so it costs one pass over the window's contacts instead of a probe per partner × week.\n`;
      if (!existsSync(doc)) appendFileSync(doc, '# Benchmarks\n');
      appendFileSync(doc, md);
    }
  } finally {
    server?.close();
    await db.close();
    await admin(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  }
}

await main();
