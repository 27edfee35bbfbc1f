// Core turns on a thread of their own (issue 11): the HTTP thread parses, checks the
// signature and acks; a turn's few milliseconds of CPU (features, Prisma, rendering) run
// beside it, so on a busy machine an ack no longer waits behind other people's turns.
// PostgreSQL only: the thread opens its own connection pool, while PGlite lives in one
// thread of one process. Replies, form errors and updates come back as data (Inbound and
// Reply are plain objects); the thread asks the runtime to reload the schedule and to kick
// the outbox by message.
import { Worker } from 'node:worker_threads';
import type { Reply } from '../core/outbound.ts';
import type { Logger } from '../logger.ts';
import type { TurnThreadData, TurnThreadMessage, TurnThreadRequest } from './turn-thread-protocol.ts';

export interface TurnThread {
  handle(raw: unknown): Promise<Reply[]>;
  stop(): Promise<void>;
}

export interface TurnThreadOptions extends TurnThreadData {
  logger: Logger;
  onSettingsSaved(): void;
  kickOutbox(): void;
  /** Runs a turn here when the thread has stopped (a crash): slower acks rather than none. */
  fallback(raw: unknown): Promise<Reply[]>;
  /** Set when this code runs from dist/server/ (scripts/build.mjs); else the TypeScript entry under tsx. */
  compiled?: boolean;
}

// Replaced by scripts/build.mjs in the compiled server.
const COMPILED = process.env.RRO_COMPILED_SERVER === '1';

export async function startTurnThread(opts: TurnThreadOptions): Promise<TurnThread> {
  const compiled = opts.compiled ?? COMPILED;
  // In the bundle import.meta.url still names this source file (build.mjs), so both paths are relative to src/app/.
  const entry = compiled ? new URL('../../dist/server/turn-thread-main.js', import.meta.url) : new URL('./turn-thread-main.ts', import.meta.url);
  const data: TurnThreadData = { databaseUrl: opts.databaseUrl, logLevel: opts.logLevel, logFormat: opts.logFormat, publicUrl: opts.publicUrl, digestMail: opts.digestMail };
  const worker = new Worker(entry, { workerData: data, ...(compiled ? {} : { execArgv: ['--import', 'tsx'] }) });
  const log = opts.logger.child({ part: 'turn-thread' });
  const waiting = new Map<number, { resolve(replies: Reply[]): void; reject(err: Error): void }>();
  let next = 0;
  let gone: Error | null = null;
  let stopping = false;

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: TurnThreadMessage) => {
      switch (message.kind) {
        case 'ready':
          return resolve();
        case 'replies':
          waiting.get(message.id)?.resolve(message.replies);
          return void waiting.delete(message.id);
        case 'failed':
          waiting.get(message.id)?.reject(new Error(message.error));
          return void waiting.delete(message.id);
        case 'settings-saved':
          return opts.onSettingsSaved();
        case 'kick-outbox':
          return opts.kickOutbox();
      }
    });
    worker.on('error', (err) => {
      log.error({ err }, 'beurtenthread gestopt door een fout');
      reject(err);
    });
    worker.on('exit', (code) => {
      gone = new Error(`beurtenthread gestopt (exit ${code})`);
      if (!stopping) log.error({ code }, 'beurtenthread gestopt; beurten draaien verder in de HTTP-thread');
      reject(gone);
      for (const w of waiting.values()) w.reject(gone);
      waiting.clear();
    });
  });
  await ready;
  log.info('kernbeurten draaien in een eigen thread');

  return {
    handle(inbound) {
      if (gone) return opts.fallback(inbound);
      const id = ++next;
      return new Promise<Reply[]>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ kind: 'turn', id, inbound } satisfies TurnThreadRequest);
      });
    },
    async stop() {
      if (gone) return;
      stopping = true;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ kind: 'stop' } satisfies TurnThreadRequest);
      await exited;
    },
  };
}
