// Measures the two ways Prisma can reach PGlite: pglite-prisma-adapter (in-process)
// and pglite-socket + @prisma/adapter-pg (loopback). Prints start time, memory and
// a query mix for each. Run: npx tsx bench/pglite-drivers.ts
import { openDatabase } from '../src/store/database.ts';
import { migrate, readLocalMigrations } from '../src/store/migrate.ts';

async function measure(driver: 'adapter' | 'socket') {
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const db = await openDatabase({ pgliteDriver: driver });
  await migrate(db.session, readLocalMigrations('prisma/migrations'));
  const org = await db.prisma.organisation.create({ data: { name: 'Bench' } });
  const startMs = performance.now() - t0;
  const cat = await db.prisma.category.create({
    data: { organisationId: org.id, name: 'VVT', idealIntervalDays: 30, maxIntervalDays: 60 },
  });
  const t1 = performance.now();
  const n = 300;
  for (let i = 0; i < n; i++) {
    const p = await db.prisma.partner.create({ data: { organisationId: org.id, name: `P${i}`, categoryId: cat.id } });
    await db.prisma.contactMoment.create({ data: { partnerId: p.id, occurredAt: new Date(), level: 'operationeel' } });
    await db.prisma.partner.findMany({ where: { organisationId: org.id }, take: 20, include: { category: true } });
    await db.prisma.$transaction(async (tx) => {
      await tx.partner.update({ where: { id: p.id }, data: { region: 'Utrecht' } });
      await tx.auditEvent.create({ data: { action: 'bench', organisationId: org.id } });
    });
  }
  const mixMs = performance.now() - t1;
  const rssMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
  await db.close();
  return { driver, startMs: Math.round(startMs), mixOpsPerSec: Math.round((n * 4) / (mixMs / 1000)), rssMb: Math.round(rssMb) };
}

const which = process.argv[2] as 'adapter' | 'socket' | undefined;
if (which) {
  console.log(JSON.stringify(await measure(which)));
} else {
  // Each driver in its own process so memory figures don't mix.
  const { execFileSync } = await import('node:child_process');
  for (const d of ['adapter', 'socket']) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/pglite-drivers.ts', d], { encoding: 'utf8' });
    console.log(out.trim());
  }
}
