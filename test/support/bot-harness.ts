// Everything a core scenario needs, real except the platform: the migrated test
// database with the demo organisation, the runtime main.ts runs (bot, scheduler,
// outbox worker) on a manual clock, and a recording stand-in platform.
import { createManualClock } from '../../src/core/clock.ts';
import type { Inbound } from '../../src/core/inbound.ts';
import type { Reply } from '../../src/core/outbound.ts';
import { createRuntime, type RuntimeHooks } from '../../src/app/create-runtime.ts';
import type { BotDeps, Feature } from '../../src/bot/feature.ts';
import type { Database } from '../../src/store/database.ts';
import { createLogger } from '../../src/logger.ts';
import { createRecordingSender } from './recording-sender.ts';
import { openDemoDatabase, openTestDatabase, type TestDbKind } from './test-database.ts';

export interface HarnessOptions {
  kind?: TestDbKind;
  /** Start of the scenario (the demo's history is relative to it). */
  now: Date;
  features(deps: BotDeps, db: Database, hooks: RuntimeHooks): Feature[];
  /** Skip the demo organisation (the test seeds its own). */
  empty?: boolean;
}

export async function createBotHarness(opts: HarnessOptions) {
  const kind = opts.kind ?? 'pglite';
  const { db, demo } = opts.empty ? { db: await openTestDatabase(kind), demo: null } : await openDemoDatabase(kind, opts.now);
  const clock = createManualClock(opts.now);
  const platform = createRecordingSender('local');
  const runtime = createRuntime({
    db, clock, logger: createLogger('silent'), outbox: { baseBackoffMs: 1_000 },
    features: (deps, hooks) => opts.features(deps, db, hooks),
  });
  runtime.addSender(platform.sender);
  const { deps, bot, worker, scheduler } = runtime;
  await scheduler.reload();

  return {
    runtime,
    db,
    demo,
    clock,
    deps,
    bot,
    platform,
    worker,
    scheduler,
    /** Sends one Inbound as the given local user and delivers what it caused. */
    async send(inbound: Inbound): Promise<Reply[]> {
      const replies = await bot.handle(inbound);
      await worker.drain();
      return replies;
    },
    /** Moves the clock, runs due scheduled jobs, delivers the outbox. */
    async advanceTo(instant: Date): Promise<string[]> {
      clock.set(instant);
      const ran = await scheduler.runDue();
      await worker.drain();
      return ran;
    },
    /** The local envelope of a staff member (demo identities use platform 'local'). */
    async envelopeOf(staffId: string, room?: { ref: string; kind: 'channel' | 'dm' }) {
      const identity = await db.prisma.staffIdentity.findFirstOrThrow({ where: { staffId, platform: 'local' } });
      return {
        platform: 'local' as const,
        platformOrgId: identity.platformOrgId,
        person: { platformUserId: identity.platformUserId },
        ...(room ? { room } : {}),
      };
    },
    async close() {
      await runtime.stop();
      await db.close();
    },
  };
}

export type BotHarness = Awaited<ReturnType<typeof createBotHarness>>;
