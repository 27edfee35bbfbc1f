// `npm run bench:directory`: the `wie` query (findPeople: the directory search, its
// ranking and the role rule) over 200 varied queries at the benchmark scale (10k
// staff, 50k partners, 100k assignments, 2M contact moments, expertise tags, 100k
// contact persons) on a real PostgreSQL, against a hand-written SQL floor measured
// in the same run: one statement doing the same trigram lookups and partner ties,
// without mentions, recency probes or ranking. `--append` writes docs/benchmarks.md.
import { appendFileSync } from 'node:fs';
import pg from 'pg';
import { findPeople } from '../src/features/network/find-people.ts';
import { openDatabase } from '../src/store/database.ts';
import { migrate, readLocalMigrations } from '../src/store/migrate.ts';
import { createNetworkStore, RECENT_CONTACTS, WORD_SIMILARITY_THRESHOLD } from '../src/store/network-store.ts';
import { MIGRATIONS_DIR } from '../src/store/open-store.ts';
import { BENCH_ORGANISATION_ID, fillRegister, type RegisterSize } from './fill-register.ts';
import { directoryQueries, fillDirectory } from './fill-directory.ts';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'rro_bench_directory';
const NOW = new Date('2026-11-23T09:00:00Z');
const FULL: RegisterSize = { staff: 10_000, partners: 50_000, assignments: 100_000, moments: 2_000_000 };
const CONTACT_PERSONS = 100_000;
const LIMIT = 8;

// The same work as searchDirectory in one statement: staff, partners and contact persons by
// trigram, then who is tied to the matched partners (assignments, contacts in two years).
const FLOOR_SQL = `
WITH cfg AS MATERIALIZED (SELECT set_config('pg_trgm.word_similarity_threshold', '${WORD_SIMILARITY_THRESHOLD}', false) AS threshold),
s AS (SELECT s.id, 1 - (rro_fold($2) <<-> s."directoryDoc") AS sc FROM "Staff" s
           WHERE (SELECT threshold FROM cfg) IS NOT NULL AND s."organisationId" = $1 AND rro_fold($2) <% s."directoryDoc" ORDER BY rro_fold($2) <<-> s."directoryDoc" LIMIT $3),
p AS (SELECT p.id, 1 - (rro_fold($2) <<-> p."directoryDoc") AS sc FROM "Partner" p
      WHERE (SELECT threshold FROM cfg) IS NOT NULL AND p."organisationId" = $1 AND p."archivedAt" IS NULL AND rro_fold($2) <% p."directoryDoc" ORDER BY rro_fold($2) <<-> p."directoryDoc" LIMIT 5),
c AS (SELECT c.id, 1 - (rro_fold($2) <<-> c."directoryDoc") AS sc FROM "PartnerContact" c
      WHERE (SELECT threshold FROM cfg) IS NOT NULL AND rro_fold($2) <% c."directoryDoc" ORDER BY rro_fold($2) <<-> c."directoryDoc" LIMIT $3),
t AS (SELECT a."staffId" FROM "Assignment" a JOIN p ON p.id = a."partnerId"
      UNION ALL SELECT m."staffId" FROM p CROSS JOIN unnest(enum_range(NULL::"Level")) AS lvl CROSS JOIN LATERAL (
        SELECT m."staffId" FROM "ContactMoment" m WHERE m."partnerId" = p.id AND m.level = lvl AND m."occurredAt" >= $4 AND m."staffId" IS NOT NULL
        ORDER BY m."occurredAt" DESC LIMIT ${RECENT_CONTACTS}) m)
SELECT (SELECT count(*) FROM s) AS s, (SELECT count(*) FROM p) AS p, (SELECT count(*) FROM c) AS c, (SELECT count(*) FROM t) AS t`;

const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

// --keep leaves the filled database for the next run; --reuse measures on it without refilling.
const KEEP = process.argv.includes('--keep');
const REUSE = process.argv.includes('--reuse');

async function main(): Promise<void> {
  if (!REUSE) {
    await admin(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${DB_NAME}`);
  }
  const url = new URL(SERVER_URL);
  url.pathname = `/${DB_NAME}`;
  const db = await openDatabase({ url: url.toString(), poolSize: 4 });
  try {
    await migrate(db.session, readLocalMigrations(MIGRATIONS_DIR));
    if (!REUSE) {
      const t0 = performance.now();
      await fillRegister(db.session, FULL, NOW);
      await fillDirectory(db.session, CONTACT_PERSONS);
      console.log(`filled the register and directory in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const store = createNetworkStore(db, () => NOW);
    const viewer = { staffId: '00000000-0000-4000-8000-000000000000', role: 'staff' as const, ownPartnerIds: new Set<string>() };
    const wie = (topic: string) => findPeople(store, { organisationId: BENCH_ORGANISATION_ID, topic, platform: 'slack', viewer, now: NOW, limit: LIMIT });
    const since = new Date(NOW.getTime() - 730 * 86_400_000);
    const floor = (topic: string) => db.session.query(FLOOR_SQL, [BENCH_ORGANISATION_ID, topic, LIMIT * 3, since]);
    const queries = directoryQueries(200);
    for (const q of queries.slice(0, 20)) { await wie(q); await floor(q); } // warm plans and caches
    const ours: number[] = [];
    const floors: number[] = [];
    let empty = 0;
    // Interleaved, so machine load hits both alike.
    for (const q of queries) {
      let t = performance.now();
      const answer = await wie(q);
      ours.push(performance.now() - t);
      if (answer.colleagues.length === 0 && answer.contactPersons.length === 0) empty++;
      t = performance.now();
      await floor(q);
      floors.push(performance.now() - t);
    }
    const [p50, p95, f50, f95] = [pct(ours, 0.5), pct(ours, 0.95), pct(floors, 0.5), pct(floors, 0.95)];
    const lines = [
      `wie over ${queries.length} queries (${empty} empty): p50 ${p50.toFixed(1)} ms · p95 ${p95.toFixed(1)} ms`,
      `hand-written SQL floor: p50 ${f50.toFixed(1)} ms · p95 ${f95.toFixed(1)} ms · ratio p95 ${(p95 / f95).toFixed(2)}×`,
      `examples: ${queries.slice(0, 6).map((q) => JSON.stringify(q)).join(', ')}`,
    ];
    for (const l of lines) console.log(l);
    if (process.argv.includes('--append')) {
      appendFileSync('docs/benchmarks.md', `\n## Directory: \`wie\` (issue 14)\n\n` +
        `\`npm run bench:directory\` on a real PostgreSQL (2 cores, shared with other work): ${FULL.staff.toLocaleString('en')} staff with 1–3 expertise tags ` +
        `(a fifth with a profile text, a tenth with *werkt ook voor*), ${FULL.partners.toLocaleString('en')} partners named kind + place, ` +
        `${FULL.assignments.toLocaleString('en')} assignments, ${FULL.moments.toLocaleString('en')} contact moments, ${CONTACT_PERSONS.toLocaleString('en')} contact persons ` +
        `(bench/fill-register.ts + bench/fill-directory.ts). ${queries.length} varied queries (topics as written, without accents, with two letters swapped, ` +
        `partner kind + place, place in capitals; ${empty} found nothing), each timed as the whole use-case \`findPeople\` ` +
        `(searchDirectory's statements, ranking, role rule), interleaved with the floor: one hand-written statement doing the same trigram lookups and partner ties.\n\n` +
        `| run | \`wie\` p50 | \`wie\` p95 | floor p50 | floor p95 | ratio p95 |\n| --- | ---: | ---: | ---: | ---: | ---: |\n` +
        `| ${new Date().toISOString().slice(0, 16)} | ${p50.toFixed(1)} ms | ${p95.toFixed(1)} ms | ${f50.toFixed(1)} ms | ${f95.toFixed(1)} ms | ${(p95 / f95).toFixed(2)}× |\n\n` +
        `Target: p95 ≤ 100 ms and ≤ 1.5 × the floor.\n`);
    }
  } finally {
    await db.close();
    if (!KEEP) await admin(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  }
}

await main();
