// The local playground adapter: try the whole RRO rhythm in a browser, without
// Slack or Teams. It speaks only the neutral vocabulary and the functions handed
// to it; main mounts the router at /playground and gives the sender to the worker.
import type { Router } from 'express';
import type { PlatformSender } from '../../src/core/platform-sender.ts';
import type { LocalAdapterOptions } from './local-adapter-options.ts';
import { restoreClock } from './clock-file.ts';
import { createLocalSender } from './local-sender.ts';
import { createPlaygroundRouter } from './playground-router.ts';
import { createPlaygroundState } from './playground-state.ts';

export type { LocalDirectory, LocalPerson } from '../../src/core/local-directory.ts';
export type { LocalAdapterOptions } from './local-adapter-options.ts';

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
