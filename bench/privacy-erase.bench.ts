// `npx tsx bench/privacy-erase.bench.ts`: erase on a realistic-size history (the demo
// plus N contact moments with notes, default 1,000,000) on PostgreSQL
// (TEST_DATABASE_URL, a database of its own, dropped after) or PGlite. Erase scans
// every table twice at most (scrub per free-text column, final search per table), so
// the floor is one plain scan of the contact history (rows as text, a substring test), measured
// in the same run; erase must stay within 8× of it.
import { createEmptyPostgresDatabase } from '../test/support/test-database.ts';
import { openDatabase } from '../src/store/database.ts';
import { migrate, readLocalMigrations } from '../src/store/migrate.ts';
import { MIGRATIONS_DIR } from '../src/store/open-store.ts';
import { loadDemoOrganisation } from '../src/store/load-demo.ts';
import { erasePerson } from '../src/store/privacy-erase.ts';

const N = Number(process.argv[2] ?? 1_000_000);
const target = process.env.TEST_DATABASE_URL ? await createEmptyPostgresDatabase() : null;
const db = await openDatabase(target ? { url: target.url } : {});
try {
  await migrate(db.session, readLocalMigrations(MIGRATIONS_DIR));
  const now = new Date();
  await loadDemoOrganisation(db, now);
  const sanne = await db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
  const t0 = performance.now();
  await db.session.query(`
    INSERT INTO "ContactMoment" ("partnerId", "staffId", "occurredAt", level, note)
    SELECT p.id, s.id, now() - (i % 700) * interval '1 day', 'operationeel',
           CASE WHEN i % 1000 = 0 THEN 'Overleg met Sanne de Graaf' ELSE 'Telefonisch overleg over de transfer ' || i END
    FROM generate_series(1, $1::int) i
    CROSS JOIN LATERAL (SELECT id FROM "Partner" ORDER BY id OFFSET (i % 40) LIMIT 1) p
    CROSS JOIN LATERAL (SELECT id FROM "Staff" ORDER BY id OFFSET (i % 20) LIMIT 1) s`, [N]);
  console.log(`${N} contactmomenten geladen in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await db.session.query('ANALYZE');

  const f0 = performance.now();
  await db.session.query(`SELECT count(*) FROM "ContactMoment" t WHERE strpos(lower(t::text), $1) > 0`, [sanne.email]);
  const floor = performance.now() - f0;
  const e0 = performance.now();
  const outcome = await erasePerson(db, { organisationId: sanne.organisationId, email: sanne.email!, actorStaffId: null, via: 'cli', now, replacement: '[verwijderd]' });
  const erase = performance.now() - e0;
  console.log(`vloer (één scan van de contacthistorie als tekst): ${floor.toFixed(0)} ms`);
  console.log(`erase (${JSON.stringify(outcome?.scrubbed)}): ${erase.toFixed(0)} ms = ${(erase / floor).toFixed(1)}× de vloer`);
  if (erase > 8 * floor) {
    console.error('Te traag: erase duurt meer dan 8× de vloer.');
    process.exitCode = 1;
  }
} finally {
  await db.close();
  await target?.drop();
}
