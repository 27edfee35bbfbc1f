// Builds the running bot on one database: prompts, common ports, features, the
// outbox worker, the scheduler and the one express app. Adapters attach to it
// (their routes on `app`, their senders via addSender). main.ts and the adapter
// tests use the same function, so what is tested is what runs.
import type { Express } from 'express';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import type { PlatformSender } from '../core/platform-sender.ts';
import { createHttpApp } from '../http/http-app.ts';
import { loadPrompts } from '../i18n/load-prompts.ts';
import { createTranslator } from '../core/i18n/translator.ts';
import type { Logger } from '../logger.ts';
import { createScheduler } from '../schedules/scheduler.ts';
import { createBot } from '../bot/create-bot.ts';
import type { BotDeps } from '../bot/feature.ts';
import { createOutboxWorker } from '../outbox/outbox-worker.ts';
import { createCommonPorts } from '../store/common-ports.ts';
import { createConversationRefStore } from '../store/conversation-ref-store.ts';
import type { Database } from '../store/database.ts';
import { createDeliveryRecorder } from '../store/delivery-records.ts';
import { createJobRunStore } from '../store/job-run-store.ts';
import { createWorkerInstanceStore } from '../store/worker-instance-store.ts';
import { createFeatures } from './create-features.ts';

export interface RuntimeOptions {
  db: Database;
  clock: Clock;
  logger: Logger;
  /** An express app to build on (tests may pass their own); default a new one with /healthz. */
  app?: Express;
  outbox?: { concurrency?: number; maxAttempts?: number; baseBackoffMs?: number; sendTimeoutMs?: number; heartbeatMs?: number; takeOverAfterMs?: number };
  /** How long stop() waits for sends in flight before abandoning them (default 10 s). */
  stopDeadlineMs?: number;
  /** Base URL of this server, for links the bot sends (dashboard). */
  publicUrl?: string;
}

export function createRuntime(opts: RuntimeOptions) {
  const { db, clock, logger } = opts;
  const t = createTranslator(loadPrompts());
  const ports = createCommonPorts(db);
  const refs = createConversationRefStore(db.prisma);
  const senders: PlatformSender[] = [];
  const worker = createOutboxWorker({
    outbox: ports.outbox,
    senders,
    clock,
    log: logger.child({ part: 'outbox' }),
    onDelivered: createDeliveryRecorder(db.prisma),
    // Claims last while this process beats; PGlite has one process, so any other claim is stale.
    instances: createWorkerInstanceStore(db.prisma),
    singleProcess: db.kind === 'pglite',
    context: {
      identityOf: (staffId, platform) => refs.identityOf(platform, staffId),
      conversationRefOf: (key, platform) => refs.get(platform, key),
      deliveredRefOf: (key) => ports.outbox.deliveredRefOf(key),
    },
    ...opts.outbox,
  });
  const deps: BotDeps = { clock, t, log: logger.child({ part: 'bot' }), ports, notifyOutbox: () => worker.kick() };
  let live = false;
  const scheduler = createScheduler({
    loadJobs: async () => bot.teamJobs(await db.prisma.team.findMany({ orderBy: { createdAt: 'asc' } })),
    claims: createJobRunStore(db.prisma),
    clock,
    owner: `rro-${randomUUID().slice(0, 8)}`,
    log: logger.child({ part: 'scheduler' }),
  });
  const reloadSchedule = () => {
    void scheduler.reload().then(() => (live ? scheduler.startLive() : undefined));
  };
  const bot = createBot(deps, createFeatures(db, deps, { onScheduleChanged: reloadSchedule, ...(opts.publicUrl ? { publicUrl: opts.publicUrl } : {}) }));
  const app = opts.app ?? createHttpApp({ db, logger });
  let poll: NodeJS.Timeout | undefined;

  return {
    db,
    app,
    bot,
    deps,
    clock,
    worker,
    scheduler,
    conversationRefs: refs,
    addSender(sender: PlatformSender): void {
      senders.push(sender);
    },
    /** Runs due scheduled jobs, then delivers the outbox. */
    async tick(): Promise<void> {
      await scheduler.reload();
      await scheduler.runDue();
      await worker.drain();
    },
    /** Live mode: node-cron on the system clock, outbox polling, a catch-up pass every 5 minutes. */
    async start(): Promise<void> {
      await scheduler.reload();
      await scheduler.runDue();
      scheduler.startLive();
      live = true;
      await worker.start();
      worker.kick();
      poll = setInterval(() => void scheduler.runDue().catch((err: unknown) => logger.error({ err }, 'inhaalronde mislukt')), 5 * 60_000);
      poll.unref();
    },
    async stop(): Promise<void> {
      live = false;
      if (poll) clearInterval(poll);
      scheduler.stop();
      await worker.stop(opts.stopDeadlineMs ?? 10_000);
    },
  };
}

export type Runtime = ReturnType<typeof createRuntime>;
