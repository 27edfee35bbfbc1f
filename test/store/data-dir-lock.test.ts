// The lock that keeps a PGlite data folder to one process: taken exclusively,
// refused while its holder runs, taken over when the holder is gone (dead pid,
// or a pid reused by a later process), never for a real PostgreSQL.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE } from '../../src/store/data-dir-lock.ts';
import { openDatabase } from '../../src/store/database.ts';
import { createEmptyPostgresDatabase } from '../support/test-database.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'rro-lock-'));
const lockOf = (dir: string) => JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as Record<string, unknown>;
const hasProc = existsSync('/proc/self/stat');

function procStartOf(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}

/** A process that runs until killed, and its pid. */
async function startSleeper() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('spawn', resolve));
  return child;
}

describe('data folder lock', () => {
  it('writes pid, start time and purpose, refuses a second taker, and is gone after release', () => {
    const dir = freshDir();
    const lock = acquireDataDirLock(dir, 'bot');
    expect(lockOf(dir)).toMatchObject({ pid: process.pid, host: hostname(), purpose: 'bot' });
    expect(Date.parse(String(lockOf(dir).startedAt))).toBeLessThanOrEqual(Date.now());
    const second = (() => {
      try {
        acquireDataDirLock(dir, 'command');
      } catch (err) {
        return err;
      }
    })();
    expect(second).toBeInstanceOf(DataDirLockedError);
    expect((second as Error).message).toContain('stop de bot eerst');
    expect((second as Error).message).toContain(`pid ${process.pid}`);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireDataDirLock(dir, 'command').release();
  });

  it('refuses while another live process holds it, naming what to do for a command holder', async () => {
    const dir = freshDir();
    const sleeper = await startSleeper();
    try {
      writeFileSync(join(dir, LOCK_FILE), JSON.stringify({
        pid: sleeper.pid, startedAt: new Date().toISOString(), host: hostname(), purpose: 'command', ...(hasProc ? { procStart: procStartOf(sleeper.pid!) } : {}),
      }));
      expect(() => acquireDataDirLock(dir, 'bot')).toThrow(/een beheercommando.*wacht tot dat klaar is/);
      expect(lockOf(dir).pid).toBe(sleeper.pid);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('takes over the lock of a process that is gone', async () => {
    const dir = freshDir();
    const sleeper = await startSleeper();
    const exited = new Promise((resolve) => sleeper.once('exit', resolve));
    sleeper.kill('SIGKILL');
    await exited;
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: sleeper.pid, startedAt: new Date().toISOString(), host: hostname(), purpose: 'bot' }));
    const lock = acquireDataDirLock(dir, 'bot');
    expect(lockOf(dir).pid).toBe(process.pid);
    lock.release();
  });

  it.skipIf(!hasProc)('takes over when the pid now belongs to a process that started later (pid reuse)', () => {
    const dir = freshDir();
    // Our parent is alive, but its start time is not the one in the lock: another process had that pid.
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, startedAt: '2020-01-01T00:00:00.000Z', procStart: '1', host: hostname(), purpose: 'bot' }));
    const lock = acquireDataDirLock(dir, 'bot');
    expect(lockOf(dir).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over our own pid when this process did not take it (a restarted container gets pid 1 again)', () => {
    const dir = freshDir();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, startedAt: '2020-01-01T00:00:00.000Z', host: hostname(), purpose: 'bot' }));
    acquireDataDirLock(dir, 'bot').release();
  });

  it('takes over an unreadable lock', () => {
    const dir = freshDir();
    writeFileSync(join(dir, LOCK_FILE), '{"pid": 12');
    acquireDataDirLock(dir, 'bot').release();
  });

  it('judges a lock of another host (a new container, a shared folder) by its heartbeat: fresh is held, a minute old is stale', () => {
    const dir = freshDir();
    const file = join(dir, LOCK_FILE);
    writeFileSync(file, JSON.stringify({ pid: 4242, startedAt: new Date().toISOString(), host: 'andere-server', purpose: 'bot' }));
    expect(() => acquireDataDirLock(dir, 'bot')).toThrow(/op andere-server/);
    const longAgo = new Date(Date.now() - 61_000);
    utimesSync(file, longAgo, longAgo);
    const lock = acquireDataDirLock(dir, 'bot');
    expect(lockOf(dir).host).toBe(hostname());
    lock.release();
  });

  it('lets exactly one of several processes starting at once take over a stale lock', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 7, startedAt: '2026-01-01T00:00:00.000Z', host: hostname(), purpose: 'bot' }));
    const takers = Array.from({ length: 5 }, () => spawn(process.execPath, ['--import', 'tsx', 'test/store/lock-taker.ts', dir], { stdio: ['ignore', 'pipe', 'inherit'] }));
    try {
      const said = await Promise.all(takers.map((c) => new Promise<string>((resolve) => c.stdout!.once('data', (d) => resolve(String(d).trim())))));
      expect(said.sort()).toEqual(['bezet', 'bezet', 'bezet', 'bezet', 'ok']);
      expect(takers.map((c) => c.pid)).toContain(lockOf(dir).pid);
    } finally {
      for (const c of takers) c.kill('SIGKILL');
    }
  });

  it('makes openDatabase refuse a held PGlite folder before PGlite touches it', async () => {
    const dir = freshDir();
    const held = acquireDataDirLock(dir, 'bot');
    try {
      await expect(openDatabase({ dataDir: dir, purpose: 'command' })).rejects.toBeInstanceOf(DataDirLockedError);
      // PGlite's initdb would have written PG_VERSION and friends.
      expect(readdirSync(dir)).toEqual([LOCK_FILE]);
      expect(lockOf(dir)).toMatchObject({ pid: process.pid, purpose: 'bot' });
    } finally {
      held.release();
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('plays no part with DATABASE_URL (PostgreSQL), whatever DATA_DIR holds', async () => {
    const dir = freshDir();
    const held = acquireDataDirLock(dir, 'bot');
    const empty = await createEmptyPostgresDatabase();
    try {
      const db = await openDatabase({ url: empty.url, dataDir: dir, poolSize: 1 });
      await db.close();
    } finally {
      held.release();
      await empty.drop();
    }
  });
});
