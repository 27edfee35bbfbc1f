// Everything a core scenario needs, real except the platform: the migrated test
// database with the demo organisation, the real bot, scheduler and outbox worker
// on a manual clock, and a recording stand-in platform.
import { createManualClock } from '../../src/core/clock.ts';
import type { Inbound } from '../../src/core/inbound.ts';
import type { Reply } from '../../src/core/outbound.ts';
import { loadPrompts } from '../../src/i18n/load-prompts.ts';
import { createTranslator } from '../../src/core/i18n/translator.ts';
import { createScheduler } from '../../src/schedules/scheduler.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import type { BotDeps, Feature } from '../../src/bot/feature.ts';
import { createOutboxWorker } from '../../src/outbox/outbox-worker.ts';
import { createCommonPorts } from '../../src/store/common-ports.ts';
import type { Database } from '../../src/store/database.ts';
import { createDeliveryRecorder } from '../../src/store/delivery-records.ts';
import { createJobRunStore } from '../../src/store/job-run-store.ts';
import { createRecordingSender } from './recording-sender.ts';
import { openDemoDatabase, openTestDatabase, type TestDbKind } from './test-database.ts';

const silent = { info() {}, warn() {}, error() {} };
const translate = createTranslator(loadPrompts());

export interface HarnessOptions {
  kind?: TestDbKind;
  /** Start of the scenario (the demo's history is relative to it). */
  now: Date;
  features(deps: BotDeps, db: Database): Feature[];
  /** Skip the demo organisation (the test seeds its own). */
  empty?: boolean;
}

export async function createBotHarness(opts: HarnessOptions) {
  const kind = opts.kind ?? 'pglite';
  const { db, demo } = opts.empty ? { db: await openTestDatabase(kind), demo: null } : await openDemoDatabase(kind, opts.now);
  const clock = createManualClock(opts.now);
  const platform = createRecordingSender('local');
  const ports = createCommonPorts(db);
  const worker = createOutboxWorker({
    outbox: ports.outbox,
    senders: [platform.sender],
    clock,
    baseBackoffMs: 1_000,
    onDelivered: createDeliveryRecorder(db.prisma),
    context: {
      identityOf: async () => null,
      conversationRefOf: async () => null,
      deliveredRefOf: (key) => ports.outbox.deliveredRefOf(key),
    },
  });
  const deps: BotDeps = { clock, t: translate, log: silent, ports, notifyOutbox: () => undefined };
  const features = opts.features(deps, db);
  const bot = createBot(deps, features);
  const scheduler = createScheduler({
    loadJobs: async () => bot.teamJobs(await db.prisma.team.findMany().then((ts) => ts.map((t) => ({ ...t })))),
    claims: createJobRunStore(db.prisma),
    clock,
    owner: 'test',
  });
  await scheduler.reload();

  return {
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
      scheduler.stop();
      await db.close();
    },
  };
}

export type BotHarness = Awaited<ReturnType<typeof createBotHarness>>;
