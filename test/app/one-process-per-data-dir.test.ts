// Real processes on one embedded data folder: the running bot holds it; a second
// bot and a CLI command are refused (exit 2, Dutch first, no stack) before they
// open PGlite; after the bot stops, the command runs. A dead bot's lock is taken over.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/store/data-dir-lock.ts';
import { freePort, freshDataDir, spawnTs, STACK_OR_PATH, type Spawned } from './spawn-bot.ts';

describe('one process per embedded database', () => {
  const dataDir = freshDataDir();
  const lockFile = join(dataDir, LOCK_FILE);
  let bot: Spawned | undefined;
  afterAll(async () => void (await bot?.stop('SIGKILL')));

  it('takes over the lock of a bot that died, and holds the folder while it runs', async () => {
    // A bot killed with -9 leaves its lock behind; its pid is no longer running.
    writeFileSync(lockFile, JSON.stringify({ pid: 2 ** 22 + 7, startedAt: '2026-01-01T00:00:00.000Z', host: hostname(), purpose: 'bot' }));
    const port = await freePort();
    bot = spawnTs('src/main.ts', [], { PORT: String(port), DATA_DIR: dataDir });
    await bot.healthy(port);
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: bot.child.pid, purpose: 'bot' });
  }, 180_000); // the first start creates the database (initdb)

  it('refuses a second bot on the same DATA_DIR before it opens PGlite', async () => {
    const second = spawnTs('src/main.ts', [], { PORT: String(await freePort()), DATA_DIR: dataDir });
    expect(await second.exited).toBe(2);
    expect(second.stderr()).toMatch(/^De ingebouwde database in .* is al open in de bot \(npm start\), pid \d+.*stop de bot eerst/);
    expect(second.stderr().trim().split('\n')).toHaveLength(1);
    expect(second.output()).not.toContain('database klaar');
    expect(second.output()).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('refuses a CLI command with "stop de bot eerst" while the bot runs, and runs it after the bot stopped', async () => {
    const cli = spawnTs('src/cli/index.ts', ['migrate'], { DATA_DIR: dataDir });
    expect(await cli.exited).toBe(2);
    expect(cli.stderr()).toContain('stop de bot eerst');
    expect(cli.output()).not.toMatch(STACK_OR_PATH);

    expect(await bot!.stop('SIGTERM')).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
    const after = spawnTs('src/cli/index.ts', ['migrate'], { DATA_DIR: dataDir });
    expect(await after.exited, after.output()).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  }, 120_000);
});
