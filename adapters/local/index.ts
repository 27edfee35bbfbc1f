// The local playground adapter: try the whole RRO rhythm in a browser, without
// Slack or Teams. It speaks only the neutral vocabulary and the functions handed
// to it; main mounts the router at /playground and gives the sender to the worker.
import type { Router } from 'express';
import type { Inbound } from '../../src/core/inbound.ts';
import type { OutboundDelivery, Reply } from '../../src/core/outbound.ts';
import type { PlatformSender } from '../../src/core/platform-sender.ts';
import type { Translate } from '../../src/core/i18n/translator.ts';
import type { LocalDirectory } from '../../src/core/local-directory.ts';
import { restoreClock } from './clock-file.ts';
import { createLocalSender } from './local-sender.ts';
import { createPlaygroundRouter } from './playground-router.ts';
import { createPlaygroundState } from './playground-state.ts';

export type { LocalDirectory, LocalPerson } from '../../src/core/local-directory.ts';

export interface LocalAdapterOptions {
  handle(inbound: Inbound): Promise<Reply[]>;
  /** Delivered outbox rows of platform 'local', in send order. */
  history(): Promise<{ key: string; delivery: OutboundDelivery; ref: string; sentAt: Date }[]>;
  directory: LocalDirectory;
  clock: { now(): Date; set(d: Date): void };
  /** Runs due jobs and drains the outbox. */
  tick(): Promise<void>;
  /** Drains the outbox. */
  flush(): Promise<void>;
  t: Translate;
  /** Where typed messages are kept across restarts (JSON); in memory only when absent. */
  stateFile?: string;
  /** Where the moved clock is kept across restarts (JSON); not kept when absent. */
  clockFile?: string;
  /** Where the chosen person's dashboard opens (a link in the top bar), if there is one. */
  dashboardUrl?: (staffId: string) => string;
  /** Serve requests from other machines too (default: loopback only). */
  allowRemote?: boolean;
  /** Timezone of the clock buttons and shown times. */
  timeZone?: string;
}

export interface LocalAdapter {
  router: Router;
  sender: PlatformSender;
  /** Before the first tick: the clock back where it was, everyone given a place. */
  prepare(): Promise<void>;
}

export function createLocalAdapter(opts: LocalAdapterOptions): LocalAdapter {
  const state = createPlaygroundState(opts.stateFile);
  let ready: Promise<void> | undefined;
  const ensureReady = (): Promise<void> =>
    (ready ??= opts
      .history()
      .then((h) => state.rebuild(h))
      .catch((err: unknown) => {
        ready = undefined;
        throw err;
      }));
  return {
    router: createPlaygroundRouter({ ...opts, state, ensureReady }),
    sender: createLocalSender(state, ensureReady, opts.clock),
    async prepare() {
      if (opts.clockFile) await restoreClock(opts.clockFile, opts.clock);
      await opts.directory.prepare?.();
    },
  };
}
