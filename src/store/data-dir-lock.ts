// One process per embedded database: PGlite is a single-process PostgreSQL, and
// two processes writing one data folder corrupt it. Before PGlite opens DATA_DIR
// we create DATA_DIR/rro-bot.lock exclusively (pid, process start, purpose); a
// lock whose process is gone (dead pid, or the pid now belongs to a process that
// started later) is stale and taken over. A lock written on another host (a new
// container, a shared folder) cannot be checked that way: its holder touches it
// every 10 s, and one untouched for a minute is stale. Not used for DATABASE_URL.
import { linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { isRunning, procStartOf } from './process-identity.ts';

export const LOCK_FILE = 'rro-bot.lock';
const HEARTBEAT_MS = 10_000;
const FOREIGN_STALE_MS = 60_000;

const ZLockHolder = z.object({
  pid: z.number().int().positive(),
  /** When the holding process started (ISO), for people. */
  startedAt: z.string(),
  /** Linux: field 22 of /proc/<pid>/stat (clock ticks after boot); tells a reused pid apart. */
  procStart: z.string().optional(),
  host: z.string(),
  /** Who holds it: the bot server or a one-off command. */
  purpose: z.enum(['bot', 'command', 'other']).catch('other'),
});
export type LockHolder = z.infer<typeof ZLockHolder>;
export type LockPurpose = LockHolder['purpose'];

const WHO: Record<LockPurpose, string> = { bot: 'de bot (npm start)', command: 'een beheercommando (npm run cli)', other: 'een ander RRO-bot-proces' };

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const since = holder.startedAt.replace('T', ' ').slice(0, 19);
    const what = holder.purpose === 'command' ? `wacht tot dat klaar is (of stop het: kill ${holder.pid})` : `stop de bot eerst (Ctrl+C, of kill ${holder.pid})`;
    super(
      `De ingebouwde database in ${dataDir} is al open in ${WHO[holder.purpose]}, pid ${holder.pid} op ${holder.host}, gestart ${since} UTC. ` +
        `Eén map kan maar door één proces tegelijk gebruikt worden: ${what} en probeer het dan opnieuw. ` +
        `Twee bots naast elkaar? Geef de tweede een eigen map met DATA_DIR=… ` +
        `/ The embedded database in ${dataDir} is already open in another process (pid ${holder.pid}): ${holder.purpose === 'command' ? 'wait for it to finish' : 'stop the bot first'}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

const held = new Set<string>();

function millisSinceTouched(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

/** Whether the holder still runs: by pid and start time here, by its heartbeat from another host. */
function isHeld(holder: LockHolder, path: string): boolean {
  if (holder.host !== hostname()) return millisSinceTouched(path) < FOREIGN_STALE_MS;
  // Our own pid: held only if this process took it (a restarted container often gets the same pid).
  if (holder.pid === process.pid) return held.has(path);
  if (!isRunning(holder.pid)) return false;
  const now = procStartOf(holder.pid);
  return holder.procStart === undefined || now === undefined || now === holder.procStart;
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const parsed = ZLockHolder.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw err;
    return undefined;
  }
}

/** Creates the lock with its whole content at once (link fails if it exists), so no reader sees it half-written. */
function writeExclusive(path: string, holder: LockHolder): boolean {
  const draft = `${path}.${process.pid}.tmp`;
  writeFileSync(draft, `${JSON.stringify(holder)}\n`, { mode: 0o644 });
  try {
    linkSync(draft, path);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
  } finally {
    unlinkSync(draft);
  }
  // A file system without hard links (some shared folders): exclusive create, then write.
  try {
    writeFileSync(path, `${JSON.stringify(holder)}\n`, { flag: 'wx', mode: 0o644 });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

export interface DataDirLock {
  release(): void;
}

/** Takes the data folder for this process, or throws DataDirLockedError. Sync, so it runs before anything opens the folder. */
export function acquireDataDirLock(dataDir: string, purpose: LockPurpose): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = resolve(join(dataDir, LOCK_FILE));
  const me: LockHolder = {
    pid: process.pid,
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    ...(procStartOf(process.pid) ? { procStart: procStartOf(process.pid)! } : {}),
    host: hostname(),
    purpose,
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (writeExclusive(path, me)) {
      held.add(path);
      const onExit = () => removeIfMine(path);
      process.once('exit', onExit);
      const heartbeat = setInterval(() => touch(path), HEARTBEAT_MS);
      heartbeat.unref();
      return {
        release() {
          clearInterval(heartbeat);
          process.removeListener('exit', onExit);
          removeIfMine(path);
        },
      };
    }
    let holder: LockHolder | undefined;
    try {
      holder = readHolder(path);
    } catch {
      continue; // removed meanwhile: try again
    }
    // A file we cannot read was not written by us (locks appear whole): garbage, taken over.
    if (holder && isHeld(holder, path)) throw new DataDirLockedError(dataDir, holder);
    takeOverStale(path, holder, dataDir);
  }
  throw new Error(`Kon ${path} niet aanmaken (na drie pogingen). / Could not create the lock file.`);
}

/**
 * Moves the stale lock aside (rename is atomic). When two processes start over the
 * same stale lock, the slower one may move the faster one's fresh lock: it sees
 * that, puts it back (link fails if a lock exists again) and gives way.
 */
function takeOverStale(path: string, judged: LockHolder | undefined, dataDir: string): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  let moved: LockHolder | undefined;
  try {
    moved = readHolder(aside);
  } catch {
    moved = undefined;
  }
  const same = moved === judged || (moved !== undefined && judged !== undefined && moved.pid === judged.pid && moved.startedAt === judged.startedAt);
  if (!same && moved) {
    try {
      linkSync(aside, path);
    } catch {
      // A lock exists again; the loop reads it.
    }
    unlinkSync(aside);
    throw new DataDirLockedError(dataDir, moved);
  }
  unlinkSync(aside);
}

function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Gone or not ours to touch: the next start judges it.
  }
}

function removeIfMine(path: string): void {
  held.delete(path);
  try {
    const holder = readHolder(path);
    if (holder?.pid === process.pid && holder.host === hostname()) unlinkSync(path);
  } catch {
    // Already gone.
  }
}
