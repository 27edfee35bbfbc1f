// Waits on a condition, not on the clock: polls `check` until it holds and fails with
// `what` after `timeoutMs`, so a busy machine only makes a test slower, never red.
export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
