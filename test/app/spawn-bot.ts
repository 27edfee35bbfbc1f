// Test support: the real bot or CLI as a separate process (what a user runs),
// with its output captured, a wait for /healthz, and a stop that waits for exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { MIGRATED_DIR } from '../support/test-templates.ts';

export const freshDataDir = () => mkdtempSync(join(tmpdir(), 'rro-proc-'));

/**
 * A DATA_DIR holding a copy of the run's migrated PGlite template (test-templates.ts), for
 * tests about a running bot rather than its first start: it skips creating and migrating
 * the cluster (2–4 s per bot on a busy machine).
 */
export function migratedDataDir(): string {
  const dir = freshDataDir();
  cpSync(join(inject('testTemplates').dir, MIGRATED_DIR), dir, { recursive: true });
  return dir;
}

/** A port that was free a moment ago (the OS picks it). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export interface Spawned {
  child: ChildProcess;
  output(): string;
  stderr(): string;
  exited: Promise<number | null>;
  /** Resolves when GET /healthz answers 200; rejects if the process exits first. */
  healthy(port: number, ms?: number): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const BASE_ENV = () => ({ PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', DEMO: 'false' });

export function spawnCommand(command: string, args: string[], env: Record<string, string | undefined>): Spawned {
  const child = spawn(command, args, { env: { ...BASE_ENV(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (err += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  return {
    child,
    output: () => out + err,
    stderr: () => err,
    exited,
    async healthy(port, ms = 150_000) {
      const until = Date.now() + ms;
      for (;;) {
        if (gone) throw new Error(`proces stopte voor /healthz antwoordde:\n${out}${err}`);
        try {
          const res = await fetch(`http://127.0.0.1:${port}/healthz`);
          if (res.status === 200) return;
        } catch {
          // not listening yet
        }
        if (Date.now() > until) throw new Error(`/healthz niet binnen ${ms} ms:\n${out}${err}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop(signal = 'SIGTERM') {
      if (!gone) child.kill(signal);
      return exited;
    },
  };
}

/** `node --import tsx <file>`: the bot (src/main.ts) or the CLI (src/cli/index.ts). */
export const spawnTs = (file: string, args: string[], env: Record<string, string | undefined>) =>
  spawnCommand(process.execPath, ['--import', 'tsx', file, ...args], env);

/** No stack trace and no absolute path of this checkout in what a person or client sees. */
export const STACK_OR_PATH = new RegExp(`\\n\\s+at |node_modules|${process.cwd().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
