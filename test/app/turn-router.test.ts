// The turn router's decisions (src/app/turn-router.ts): turns stay on this thread while
// traffic is light, move to the turn thread once several are in flight, come back after a
// quiet spell, and still get answered when the thread will not start. The thread here is a
// stand-in that records what it ran; the real thread is tested in turn-thread.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { createTurnRouter } from '../../src/app/turn-router.ts';
import type { TurnThread } from '../../src/app/turn-thread.ts';
import type { Reply } from '../../src/core/outbound.ts';
import { createLogger } from '../../src/logger.ts';

const note = (text: string): Reply[] => [{ type: 'ephemeral', message: { text, blocks: [] } } as unknown as Reply];

function standIns() {
  const ranHere: unknown[] = [];
  const ranThere: unknown[] = [];
  let release: () => void = () => {};
  let held = new Promise<void>((r) => (release = r));
  const thread: TurnThread & { stopped: boolean } = {
    stopped: false,
    async handle(raw) {
      ranThere.push(raw);
      return note(`there ${String(raw)}`);
    },
    async stop() {
      this.stopped = true;
    },
  };
  return {
    ranHere, ranThere, thread,
    /** Turns on this thread wait until released, so several are in flight at once. */
    async here(raw: unknown) {
      ranHere.push(raw);
      await held;
      return note(`here ${String(raw)}`);
    },
    release() {
      release();
      held = new Promise<void>((r) => (release = r));
    },
    releaseAll() {
      release();
      held = Promise.resolve();
    },
  };
}

describe('turn router', () => {
  it('keeps turns on this thread while they come one at a time', async () => {
    const s = standIns();
    s.releaseAll();
    const startThread = vi.fn(async () => s.thread);
    const router = createTurnRouter({ here: s.here, startThread, logger: createLogger('silent'), busyAt: 3 });
    for (const n of [1, 2, 3, 4]) expect(await router.handle(n)).toEqual(note(`here ${n}`));
    expect(startThread).not.toHaveBeenCalled();
    expect(router.threaded()).toBe(false);
    await router.stop();
  });

  it('starts the thread once when turns pile up, sends later turns there, and stops it after a quiet spell', async () => {
    const s = standIns();
    const startThread = vi.fn(async () => s.thread);
    const router = createTurnRouter({ here: s.here, startThread, logger: createLogger('silent'), busyAt: 3, idleStopMs: 50 });
    const first = [1, 2, 3, 4].map((n) => router.handle(n));
    await vi.waitFor(() => expect(router.threaded()).toBe(true), { timeout: 10_000 });
    expect(startThread).toHaveBeenCalledTimes(1);
    s.releaseAll();
    expect(await Promise.all(first)).toEqual([1, 2, 3, 4].map((n) => note(`here ${n}`)));
    expect(await router.handle(5)).toEqual(note('there 5'));
    expect(s.ranThere).toEqual([5]);
    // Quiet: the thread stops and turns run here again.
    await vi.waitFor(() => expect(s.thread.stopped).toBe(true), { timeout: 10_000 });
    expect(router.threaded()).toBe(false);
    expect(await router.handle(6)).toEqual(note('here 6'));
    await router.stop();
  });

  it('answers every turn here when the thread will not start', async () => {
    const s = standIns();
    const startThread = vi.fn(async (): Promise<TurnThread> => {
      throw new Error('geen thread');
    });
    const router = createTurnRouter({ here: s.here, startThread, logger: createLogger('silent'), busyAt: 2 });
    const turns = [1, 2, 3].map((n) => router.handle(n));
    await vi.waitFor(() => expect(startThread).toHaveBeenCalled(), { timeout: 10_000 });
    s.releaseAll();
    expect(await Promise.all(turns)).toEqual([1, 2, 3].map((n) => note(`here ${n}`)));
    expect(router.threaded()).toBe(false);
    await router.stop();
  });
});
