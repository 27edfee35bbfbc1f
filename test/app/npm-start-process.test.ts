// `npm start` exactly as a user or a service manager runs it: npm → sh → tsx →
// node. A taken port is one Dutch-first line and exit 2; SIGTERM or SIGINT sent
// to npm alone (systemd, docker stop) reaches the server, which shuts down and
// leaves neither a process nor its data-folder lock behind.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/store/data-dir-lock.ts';
import { freePort, freshDataDir, spawnCommand, STACK_OR_PATH } from './spawn-bot.ts';

// A first start creates the database (initdb): tens of seconds on a busy 2-core machine.
const SPAWN_TIMEOUT = 180_000;

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitUntil(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`niet binnen ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm start as a process', () => {
  it('says in one Dutch-first line that the port is taken and exits 2, before opening the database', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', () => resolve()));
    const port = (holder.address() as { port: number }).port;
    const dataDir = join(freshDataDir(), 'nog-niet');
    try {
      const npm = spawnCommand('npm', ['start', '--silent'], { PORT: String(port), DATA_DIR: dataDir });
      expect(await npm.exited).toBe(2);
      const lines = npm.stderr().trim().split('\n');
      expect(lines).toEqual([expect.stringMatching(new RegExp(`^Poort ${port} is al in gebruik .*, kies een andere met PORT=\\d+`))]);
      expect(npm.output()).not.toMatch(STACK_OR_PATH);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      holder.close();
    }
  }, SPAWN_TIMEOUT);

  // One folder for both: the second start skips creating the database.
  const dataDir = freshDataDir();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops the server when only npm gets ${signal}`, async () => {
      const port = await freePort();
      const npm = spawnCommand('npm', ['start'], { PORT: String(port), DATA_DIR: dataDir });
      await npm.healthy(port);
      const server = (JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as { pid: number }).pid;
      expect(server).not.toBe(npm.child.pid);
      npm.child.kill(signal);
      await npm.exited;
      await waitUntil(`server pid ${server} gestopt`, () => !isRunning(server));
      expect(npm.output()).toContain(`"signal":"${signal}","msg":"afsluiten"`);
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    }, SPAWN_TIMEOUT);
  }
});
