// Core turns on a thread of their own (src/app/turn-thread.ts) answer exactly as the same
// turn in this thread does, on one real PostgreSQL database; a stopped thread falls back
// to this thread instead of leaving the platform without answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeatures } from '../../src/app/create-features.ts';
import { createRuntime, type Runtime } from '../../src/app/create-runtime.ts';
import { startTurnThread, type TurnThread } from '../../src/app/turn-thread.ts';
import { systemClock } from '../../src/core/clock.ts';
import type { Inbound } from '../../src/core/inbound.ts';
import { createLogger } from '../../src/logger.ts';
import { openDatabase, type Database } from '../../src/store/database.ts';
import { loadDemoOrganisation } from '../../src/store/load-demo.ts';
import { migrate, readLocalMigrations } from '../../src/store/migrate.ts';
import { MIGRATIONS_DIR } from '../../src/store/open-store.ts';
import { createEmptyPostgresDatabase } from '../support/test-database.ts';

describe.skipIf(!process.env.TEST_DATABASE_URL)('turn thread (postgres)', () => {
  let empty: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
  let db: Database;
  let runtime: Runtime;
  let thread: TurnThread;
  const kicks: string[] = [];

  beforeAll(async () => {
    empty = await createEmptyPostgresDatabase();
    db = await openDatabase({ url: empty.url });
    await migrate(db.session, readLocalMigrations(MIGRATIONS_DIR));
    await loadDemoOrganisation(db, new Date());
    const logger = createLogger('silent');
    runtime = createRuntime({ db, clock: systemClock, logger, features: (deps, hooks) => createFeatures(db, deps, hooks) });
    thread = await startTurnThread({
      databaseUrl: empty.url, logLevel: 'silent', logFormat: 'json', logger,
      onSettingsSaved: () => kicks.push('settings'), kickOutbox: () => kicks.push('outbox'), fallback: runtime.bot.handle,
      compiled: false,
    });
  }, 120_000);

  afterAll(async () => {
    await thread?.stop();
    await runtime?.stop();
    await db?.close();
    await empty?.drop();
  });

  async function commandOf(text: string): Promise<Inbound> {
    const identity = await db.prisma.staffIdentity.findFirstOrThrow({ where: { platform: 'local' }, orderBy: { platformUserId: 'asc' } });
    return {
      type: 'command',
      envelope: { platform: 'local', platformOrgId: identity.platformOrgId, person: { platformUserId: identity.platformUserId } },
      text,
    } as Inbound;
  }

  it('answers a command as the same turn on this thread does', async () => {
    const inbound = await commandOf('mijn partners');
    const there = await thread.handle(inbound);
    const here = await runtime.bot.handle(inbound);
    expect(there.length).toBeGreaterThan(0);
    expect(there).toEqual(here);
  });

  it('answers many turns at once, each with its own replies', async () => {
    const texts = ['mijn partners', 'help', 'wie wondzorg', 'mijn partners', 'help'];
    const inbounds = await Promise.all(texts.map(commandOf));
    const there = await Promise.all(inbounds.map((i) => thread.handle(i)));
    const here = [];
    for (const i of inbounds) here.push(await runtime.bot.handle(i));
    expect(there).toEqual(here);
  });

  it('refuses a malformed inbound there as here, without stopping the thread', async () => {
    const junk = { type: 'command', envelope: { platform: 'fax' }, text: 42 };
    const outcome = async (f: () => Promise<unknown>) => f().then((v) => ({ ok: v }), (e: Error) => ({ err: e.message.split('\n')[0] }));
    expect(await outcome(() => thread.handle(junk))).toEqual(await outcome(() => runtime.bot.handle(junk)));
    expect((await thread.handle(await commandOf('help'))).length).toBeGreaterThan(0);
  });

  it('after the thread stopped, turns run on this thread', async () => {
    await thread.stop();
    const inbound = await commandOf('mijn partners');
    expect(await thread.handle(inbound)).toEqual(await runtime.bot.handle(inbound));
  });
});
