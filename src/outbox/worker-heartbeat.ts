// The outbox worker's heartbeat. Another instance may take over the claims of a
// holder that has been silent for `silentAfterMs` — but only once it has itself
// been beating without a break for that long. After a database outage every
// instance starts counting again, so a live holder has beaten (and kept its
// claims) before anyone may take them; a killed one never beats again.
// A fresh instance cannot skip its own wait, even when a holder's row is already
// old: right after an outage a live holder's row is just as old, and the row
// alone cannot tell the two apart. What it can skip is the wait for its next
// poll: `onMayTakeOver` fires the moment its run is long enough.
export interface HeartbeatOptions {
  beat(): Promise<void>;
  everyMs: number;
  silentAfterMs: number;
  /** Called when beats succeed again after failing (the database is back). */
  onBack(): void;
  /** Called once a run of beats has lasted the silence limit (claims of silent holders may be taken now). */
  onMayTakeOver?(): void;
  log?: { warn(obj: object, msg: string): void };
}

export function createHeartbeat(o: HeartbeatOptions) {
  let upSince: number | null = null;
  let lastOk = -Infinity;
  let failing = false;
  let timer: NodeJS.Timeout | undefined;
  let beating: Promise<void> | undefined;
  let ripe: NodeJS.Timeout | undefined;
  let running = false;

  async function once(): Promise<void> {
    try {
      await o.beat();
    } catch (err) {
      if (!failing) o.log?.warn({ err: err instanceof Error ? err.message : String(err) }, 'hartslag van de outbox-worker mislukt (database onbereikbaar?)');
      failing = true;
      upSince = null;
      return;
    }
    const t = performance.now();
    // A gap longer than the silence limit (a stalled event loop) breaks the run too.
    if (upSince === null || t - lastOk > o.silentAfterMs) {
      upSince = t;
      // A new run: when it has lasted the limit, say so (mayTakeOver() still decides, then).
      clearTimeout(ripe);
      if (o.onMayTakeOver && running) {
        ripe = setTimeout(o.onMayTakeOver, o.silentAfterMs + 5);
        ripe.unref();
      }
    }
    lastOk = t;
    if (failing) {
      failing = false;
      o.onBack();
    }
  }

  return {
    async start(): Promise<void> {
      running = true;
      await once();
      timer ??= setInterval(() => {
        beating ??= once().finally(() => (beating = undefined));
      }, o.everyMs);
      timer.unref();
    },
    stop(): void {
      running = false;
      if (timer) clearInterval(timer);
      timer = undefined;
      clearTimeout(ripe);
    },
    /** True when this instance has beaten without a break for the silence limit. */
    mayTakeOver(): boolean {
      const t = performance.now();
      return upSince !== null && t - lastOk < o.silentAfterMs && t - upSince >= o.silentAfterMs;
    },
  };
}
