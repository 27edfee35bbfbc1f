// One lane per platform. A rate limit pauses the whole lane for retry-after.
// Transient failures of several different messages in a row mean the platform
// itself is down (a 5xx window): the lane then pauses briefly and probes again
// at a capped pace, so it is back within seconds of the platform, and those
// failures do not count towards a message's dead-lettering — the platform was
// down, not the message.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Different messages failing in a row before the platform counts as down. */
const DOWN_AFTER = 3;
const FIRST_PROBE_MS = 250;

/** `maxProbeMs`: the longest pause between probes of a platform that is down (default 2 s). */
export function createPlatformLanes(maxProbeMs = 2_000) {
  const pausedUntil = new Map<string, number>();
  const failing = new Map<string, Set<string>>();
  const probes = new Map<string, number>();

  function pause(platform: string, ms: number): void {
    pausedUntil.set(platform, Math.max(pausedUntil.get(platform) ?? 0, Date.now() + ms));
  }

  return {
    /** Waits while the lane is paused (real time: limits and outages are). */
    async wait(platform: string): Promise<void> {
      for (;;) {
        const wait = (pausedUntil.get(platform) ?? 0) - Date.now();
        if (wait <= 0) return;
        await sleep(wait);
      }
    },
    rateLimited(platform: string, retryAfterMs: number): void {
      pause(platform, retryAfterMs);
    },
    succeeded(platform: string): void {
      failing.delete(platform);
      probes.delete(platform);
    },
    /** A transient failure; returns the lane's pause (ms) when the platform looks down, else null. */
    failed(platform: string, messageId: string): number | null {
      const ids = failing.get(platform) ?? new Set<string>();
      ids.add(messageId);
      failing.set(platform, ids);
      if (ids.size < DOWN_AFTER) return null;
      // Lanes failing together during one pause count as one probe.
      const paused = (pausedUntil.get(platform) ?? 0) > Date.now();
      const n = (probes.get(platform) ?? 0) + (paused ? 0 : 1);
      probes.set(platform, n);
      const ms = Math.min(FIRST_PROBE_MS * 2 ** Math.min(Math.max(n - 1, 0), 8), maxProbeMs);
      pause(platform, ms);
      return ms;
    },
  };
}
