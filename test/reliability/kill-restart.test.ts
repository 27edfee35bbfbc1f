// Kill a bot process in the middle of a 300-DM fan-out and start it again: the
// platform must end up with each message exactly once. The kill lands while a
// request is in flight that the platform never processed (the stand-in holds
// it), which is the window the outbox must cover without losing or repeating.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpPlatformStandIn, type HttpPlatformStandIn } from '../support/http-platform-stand-in.ts';
import { createEmptyPostgresDatabase } from '../support/test-database.ts';
import { until } from '../support/until.ts';
import { FANOUT_SIZE, fanoutKey } from './fanout-child.ts';

const CHILD = join(import.meta.dirname, 'fanout-child.ts');

function startChild(target: string, standInUrl: string): { proc: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, target, standInUrl], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, output: () => out, exited };
}

describe('kill and restart mid fan-out', () => {
  let platform: HttpPlatformStandIn | undefined;
  const cleanups: (() => Promise<void> | void)[] = [];

  afterEach(async () => {
    await platform?.close();
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it(`delivers each of ${FANOUT_SIZE} DMs exactly once across a SIGKILL`, { timeout: 120_000 }, async () => {
    platform = await startHttpPlatformStandIn();
    let target: string;
    if (process.env.TEST_DATABASE_URL) {
      const pgDb = await createEmptyPostgresDatabase();
      cleanups.push(() => pgDb.drop());
      target = pgDb.url;
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'rro-kill-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      target = join(dir, 'pgdata');
    }

    // About a third gets through, then the platform swallows the next request.
    platform.holdAfterRecorded(100);
    const first = startChild(target, platform.url);
    cleanups.push(() => void first.proc.kill('SIGKILL'));
    await until('the held request', () => platform!.heldCount >= 1 || first.proc.exitCode !== null, 60_000);
    expect(first.output()).toContain(`enqueued ${FANOUT_SIZE}`);
    first.proc.kill('SIGKILL');
    expect(await first.exited).toBeNull(); // killed, not finished
    expect(platform.received).toHaveLength(100);

    platform.holdAllRequests(false);
    const second = startChild(target, platform.url);
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain('enqueued 0'); // the rerun of the enqueue added nothing
    expect(second.output()).toContain(`"pending":0,"sent":${FANOUT_SIZE},"dead":0`);

    const expected = Array.from({ length: FANOUT_SIZE }, (_, n) => fanoutKey(n)).sort();
    expect(platform.received.map((r) => r.key).sort()).toEqual(expected);
    expect(platform.duplicates()).toEqual([]);
  });
});
