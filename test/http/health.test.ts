// /healthz over loopback with a real pg driver: 200 while the database answers;
// when it does not, 503 with a fixed Dutch-first body — the driver's message
// (host, port, user, database name) goes to the log only.
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/core/i18n/translator.ts';
import { createHttpApp } from '../../src/http/http-app.ts';
import { loadPrompts } from '../../src/i18n/load-prompts.ts';
import { createLogger } from '../../src/logger.ts';
import type { Database } from '../../src/store/database.ts';
import { sqlSessionFromPool } from '../../src/store/sql-session.ts';
import { freePort } from '../app/spawn-bot.ts';
import { openTestDatabase } from '../support/test-database.ts';

const t = createTranslator(loadPrompts());
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function serve(db: Database) {
  let logged = '';
  const out = new Writable({ write(chunk, _enc, done) { logged += String(chunk); done(); } });
  const app = createHttpApp({ db, logger: createLogger('info', 'json', out), t });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  closers.push(() => new Promise((r) => server.close(r)));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, logged: () => logged };
}

describe('/healthz', () => {
  it('answers 200 with the database status while it answers', async () => {
    const db = await openTestDatabase('pglite');
    closers.push(() => db.close());
    const h = await serve(db);
    const res = await fetch(`${h.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { kind: 'pglite', status: 'ok' } });
  });

  it('answers 503 with a fixed body and logs the driver message instead', async () => {
    const port = await freePort(); // nothing listens here: the driver says ECONNREFUSED 127.0.0.1:<port>
    const pool = new pg.Pool({ connectionString: `postgresql://geheimgebruiker@127.0.0.1:${port}/zorgdb`, connectionTimeoutMillis: 5_000 });
    pool.on('error', () => undefined);
    closers.push(() => pool.end());
    const db = { kind: 'postgres', prisma: null as never, session: sqlSessionFromPool(pool), close: () => pool.end() } satisfies Database;
    const h = await serve(db);

    const res = await fetch(`${h.base}/healthz`);
    const text = await res.text();
    expect(res.status).toBe(503);
    expect(JSON.parse(text)).toEqual({
      status: 'error',
      database: { kind: 'postgres', status: 'unavailable' },
      error: `${t('nl', 'http.database_unavailable')} / ${t('en', 'http.database_unavailable')}`,
      code: 'database_unavailable',
    });
    expect(text).toMatch(/^\{"status":"error".*"error":"De database antwoordt niet/);
    for (const leak of ['ECONNREFUSED', String(port), '127.0.0.1', 'geheimgebruiker', 'zorgdb']) expect(text).not.toContain(leak);
    expect(h.logged()).toContain('ECONNREFUSED');
    expect(h.logged()).toContain('/healthz: database antwoordt niet');
  });
});
