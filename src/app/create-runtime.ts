// Builds the running bot on one database: prompts, common ports, the features it is
// given, the outbox worker, the scheduler and the one express app. Adapters attach to
// it (their routes on `app`, their senders via addSender). main.ts, the test harness,
// the adapter tests and examples/echo-bot.ts use the same function, so what is tested is what runs.
import type { Express } from 'express';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import type { OutboxSender } from '../core/platform-sender.ts';
import { createHttpApp } from '../http/http-app.ts';
import type { Logger } from '../logger.ts';
import { createScheduler } from '../schedules/scheduler.ts';
import { createBotDeps } from './bot-deps.ts';
import { createBot } from '../bot/create-bot.ts';
import type { BotDeps, Feature } from '../bot/feature.ts';
import { createOutboxWorker } from '../outbox/outbox-worker.ts';
import { createConversationRefStore } from '../store/conversation-ref-store.ts';
import type { Database } from '../store/database.ts';
import { createDeliveryRecorder } from '../store/delivery-records.ts';
import { createJobRunStore } from '../store/job-run-store.ts';
import { createOutboxStore } from '../store/outbox-store.ts';
import { createSentFormStore } from '../store/sent-form-store.ts';
import { createWorkerInstanceStore } from '../store/worker-instance-store.ts';

/** What the runtime offers its features. */
export interface RuntimeHooks {
  /** A team's settings were saved (schedule, channels, language, members, rubrieken): the jobs are reloaded. */
  onSettingsSaved(): void;
}

/** The features, or a function building them on the runtime's deps (main passes createFeatures). */
export type FeatureSet = Feature[] | ((deps: BotDeps, hooks: RuntimeHooks) => Feature[]);

export interface RuntimeOptions {
  db: Database;
  clock: Clock;
  logger: Logger;
  features: FeatureSet;
  /** An express app to build on (tests may pass their own); default a new one with /healthz. */
  app?: Express;
  outbox?: { concurrency?: number; maxAttempts?: number; baseBackoffMs?: number; sendTimeoutMs?: number; heartbeatMs?: number; takeOverAfterMs?: number };
  /** How long stop() waits for sends in flight before abandoning them (default 10 s). */
  stopDeadlineMs?: number;
}

export function createRuntime(opts: RuntimeOptions) {
  const { db, clock, logger } = opts;
  const refs = createConversationRefStore(db.prisma);
  const outbox = createOutboxStore(db.prisma);
  const senders: OutboxSender[] = [];
  const worker = createOutboxWorker({
    outbox,
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
      deliveredRefOf: (key) => outbox.deliveredRefOf(key),
    },
    ...opts.outbox,
  });
  const deps = createBotDeps(db, { clock, logger, notifyOutbox: () => worker.kick() });
  let live = false;
  const scheduler = createScheduler({
    loadJobs: async () => bot.teamJobs(await db.prisma.team.findMany({ orderBy: { createdAt: 'asc' } })),
    claims: createJobRunStore(db.prisma),
    clock,
    owner: `rro-${randomUUID().slice(0, 8)}`,
    log: logger.child({ part: 'scheduler' }),
  });
  // Runs beside the turn that saved the settings; a failure (database gone) is logged and
  // the jobs loaded before keep running until the next save or restart.
  const onSettingsSaved = () => {
    scheduler
      .reload()
      .then(() => (live ? scheduler.startLive() : undefined))
      .catch((err: unknown) => logger.error({ err }, 'planning herladen na instellingen mislukt; de vorige planning blijft gelden'));
  };
  const features = typeof opts.features === 'function' ? opts.features(deps, { onSettingsSaved }) : opts.features;
  const bot = createBot(deps, features);
  const app = opts.app ?? createHttpApp({ db, logger, t: deps.t });
  let poll: NodeJS.Timeout | undefined;

  return {
    db,
    app,
    bot,
    deps,
    clock,
    worker,
    scheduler,
    /** Reload the schedule after settings changed outside a chat turn (the beheer pages). */
    onSettingsSaved,
    conversationRefs: refs,
    /** Forms sent as chat dialogs (Teams task modules), until submitted or expired. */
    sentForms: createSentFormStore(db.prisma, clock),
    /** One sender per platform: a later one (a restarted playground, a test's stand-in) replaces the earlier. */
    addSender(sender: OutboxSender): void {
      const same = senders.findIndex((s) => s.platform === sender.platform);
      if (same >= 0) senders[same] = sender;
      else senders.push(sender);
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
