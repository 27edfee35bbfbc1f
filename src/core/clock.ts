// Time is a port: production reads the system clock; tests and the playground's
// clock control move a manual one, and the scheduler catches up to it.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface ManualClock extends Clock {
  set(instant: Date): void;
  advance(ms: number): void;
}

export function createManualClock(start: Date): ManualClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set(instant) {
      current = instant.getTime();
    },
    advance(ms) {
      current += ms;
    },
  };
}

/**
 * Real time that keeps flowing, but can be moved forward (the playground's clock
 * control): now() = system time + offset. Never moves backwards.
 */
export function createShiftableClock(): ManualClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    set(instant) {
      offset = Math.max(offset, instant.getTime() - Date.now());
    },
    advance(ms) {
      offset += Math.max(0, ms);
    },
  };
}
