// Where a core turn runs: on the HTTP thread while traffic is light, on the turn thread
// (turn-thread.ts) while it is heavy. The thread costs ~65 MB of memory (its own Prisma
// client, features and heap), which an idle bot should not carry; under load it keeps acks
// fast (docs/benchmarks.md). It starts when several turns are in flight at once and stops
// after a quiet spell; while it starts, turns run here.
import type { Reply } from '../core/outbound.ts';
import type { Logger } from '../logger.ts';
import type { TurnThread } from './turn-thread.ts';

export interface TurnRouterOptions {
  startThread(): Promise<TurnThread>;
  /** The same turn on this thread. */
  here(raw: unknown): Promise<Reply[]>;
  logger: Logger;
  /** Turns in flight at once that count as load (default 4). */
  busyAt?: number;
  /** Quiet time after which the thread is stopped (default 10 minutes). */
  idleStopMs?: number;
}

export interface TurnRouter {
  handle(raw: unknown): Promise<Reply[]>;
  /** Whether turns go to the thread now (for tests and logs). */
  threaded(): boolean;
  stop(): Promise<void>;
}

export function createTurnRouter(opts: TurnRouterOptions): TurnRouter {
  const busyAt = opts.busyAt ?? 4;
  const idleStopMs = opts.idleStopMs ?? 10 * 60_000;
  const log = opts.logger.child({ part: 'turn-router' });
  let thread: TurnThread | null = null;
  let starting: Promise<void> | null = null;
  let inFlight = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  let stopped = false;

  function startThread(): void {
    if (thread || starting || stopped) return;
    starting = opts.startThread().then(
      (started) => {
        if (stopped) return void started.stop();
        thread = started;
        log.info('drukte: kernbeurten naar hun eigen thread');
      },
      (err: unknown) => log.error({ err }, 'beurtenthread start niet; beurten blijven in de HTTP-thread'),
    ).finally(() => (starting = null));
  }

  function armIdleStop(): void {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (!thread || inFlight > 0) return;
      const quiet = thread;
      thread = null;
      log.info('rustig: beurtenthread gestopt');
      void quiet.stop();
    }, idleStopMs);
    idleTimer.unref();
  }

  return {
    async handle(raw) {
      inFlight++;
      if (inFlight >= busyAt) startThread();
      try {
        return await (thread ? thread.handle(raw) : opts.here(raw));
      } finally {
        inFlight--;
        if (thread) armIdleStop();
      }
    },
    threaded: () => thread !== null,
    async stop() {
      stopped = true;
      clearTimeout(idleTimer);
      await starting;
      await thread?.stop();
      thread = null;
    },
  };
}
