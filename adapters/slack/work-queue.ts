// Work after the ack runs at most `limit` at a time: under a burst the rest waits
// in line instead of flooding the event loop, so new requests are still acked fast.
export function createWorkQueue(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function enqueue<T>(work: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
