// Test support: the playground adapter over the REAL core (harness: demo database,
// bot, scheduler, manual clock), served over real HTTP on 127.0.0.1; the runtime's
// outbox worker delivers to the adapter's sender (it replaces the harness's recorder).
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { createLocalAdapter } from '../../../adapters/local/index.ts';
import { createBot } from '../../../src/bot/create-bot.ts';
import type { BotDeps, Feature } from '../../../src/bot/feature.ts';
import type { Database } from '../../../src/store/database.ts';
import { createLocalDirectory } from '../../../src/store/local-directory-store.ts';
import { createOutboxStore } from '../../../src/store/outbox-store.ts';
import { loadPrompts } from '../../../src/i18n/load-prompts.ts';
import { createTranslator } from '../../../src/core/i18n/translator.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';

const checkinFeatureFile = new URL('../../../src/features/checkin/checkin-feature.ts', import.meta.url);
const checkinStoreFile = new URL('../../../src/store/checkin-store.ts', import.meta.url);
/** The check-in feature is built beside this adapter; the walk-through uses it when present. */
export const hasCheckinFeature = existsSync(fileURLToPath(checkinFeatureFile)) && existsSync(fileURLToPath(checkinStoreFile));

export async function loadCheckinFeature(deps: BotDeps, db: Database): Promise<Feature> {
  const { createCheckinFeature } = (await import(checkinFeatureFile.href)) as { createCheckinFeature(p: unknown, d: BotDeps): Feature };
  const { createCheckinStore } = (await import(checkinStoreFile.href)) as { createCheckinStore(p: Database['prisma']): unknown };
  return createCheckinFeature(createCheckinStore(db.prisma), deps);
}

export async function startPlayground(opts: {
  now: Date;
  features(deps: BotDeps, db: Database): Promise<Feature[]> | Feature[];
  stateFile?: string;
  clockFile?: string;
  harness?: BotHarness;
}) {
  // The harness's scheduler reads this list when it (re)loads jobs; our own bot uses it too.
  const features: Feature[] = [];
  const h = opts.harness ?? (await createBotHarness({ now: opts.now, features: () => features }));
  features.push(...(await opts.features(h.deps, h.db)));
  const bot = createBot(h.deps, features);
  if (!opts.harness) await h.scheduler.reload();
  const t = createTranslator(loadPrompts());
  const outbox = createOutboxStore(h.db.prisma);
  const adapter = createLocalAdapter({
    handle: (inbound) => bot.handle(inbound),
    history: () => outbox.listSent('local'),
    directory: createLocalDirectory(h.db.prisma),
    clock: h.clock,
    tick: async () => {
      await h.scheduler.runDue();
      await h.worker.drain();
    },
    flush: async () => {
      await h.worker.drain();
    },
    t,
    ...(opts.stateFile ? { stateFile: opts.stateFile } : {}),
    ...(opts.clockFile ? { clockFile: opts.clockFile } : {}),
  });
  h.runtime.addSender(adapter.sender);
  const worker = h.worker;
  const app = express();
  app.use('/playground', adapter.router);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/playground`;

  async function call<T = Record<string, unknown>>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: T }> {
    const res = await fetch(`${base}${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    return { status: res.status, json: (await res.json()) as T };
  }

  return {
    h,
    adapter,
    base,
    worker,
    call,
    async stop(closeDb = true) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (closeDb) await h.close();
    },
  };
}
