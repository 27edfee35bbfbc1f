// A runtime's turns routed between the HTTP thread and a turn thread on the same database
// (turn-router.ts, turn-thread.ts): the thread reloads the runtime's schedule, kicks its
// outbox, and falls back to the runtime's own bot. main.ts and bench:slack use this one wiring.
import type { Runtime } from './create-runtime.ts';
import { createTurnRouter, type TurnRouter } from './turn-router.ts';
import { startTurnThread, type TurnThreadOptions } from './turn-thread.ts';

export type RuntimeTurnsOptions = Omit<TurnThreadOptions, 'onSettingsSaved' | 'kickOutbox' | 'fallback'>;

export function routeRuntimeTurns(runtime: Runtime, opts: RuntimeTurnsOptions): TurnRouter {
  return createTurnRouter({
    here: runtime.bot.handle,
    logger: opts.logger,
    startThread: () => startTurnThread({ ...opts, onSettingsSaved: runtime.onSettingsSaved, kickOutbox: () => runtime.worker.kick(), fallback: runtime.bot.handle }),
  });
}
