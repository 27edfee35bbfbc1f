// The turn thread itself (started by turn-thread.ts): its own database pool, the same
// features and deps as the runtime, and a loop answering one message per turn.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { createBot } from '../bot/create-bot.ts';
import { systemClock } from '../core/clock.ts';
import { createLogger } from '../logger.ts';
import { openDatabase } from '../store/database.ts';
import { createBotDeps } from './bot-deps.ts';
import { createFeatures } from './create-features.ts';
import type { TurnThreadData, TurnThreadMessage, TurnThreadRequest } from './turn-thread-protocol.ts';

// Below the HTTP thread, so when the machine is busy an ack goes before a turn: on Linux the
// nice value belongs to the calling thread only. Where the system refuses, turns run at normal priority.
const TURN_NICENESS = 10;
try {
  setPriority(TURN_NICENESS);
} catch {
  // not allowed here: nothing to do
}

const port = parentPort;
if (!port) throw new Error('turn-thread-main.ts draait alleen als worker thread');
const data = workerData as TurnThreadData;
const post = (message: TurnThreadMessage) => port.postMessage(message);

const db = await openDatabase({ url: data.databaseUrl });
const logger = createLogger(data.logLevel, data.logFormat).child({ thread: 'turns' });
const deps = createBotDeps(db, { clock: systemClock, logger, notifyOutbox: () => post({ kind: 'kick-outbox' }) });
const bot = createBot(deps, createFeatures(db, deps, {
  onSettingsSaved: () => post({ kind: 'settings-saved' }),
  ...(data.publicUrl ? { publicUrl: data.publicUrl } : {}),
  digestMail: data.digestMail === true,
}));

port.on('message', (request: TurnThreadRequest) => {
  if (request.kind === 'stop') {
    void db.close().finally(() => port.close());
    return;
  }
  bot.handle(request.inbound).then(
    (replies) => post({ kind: 'replies', id: request.id, replies }),
    (err: unknown) => post({ kind: 'failed', id: request.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
post({ kind: 'ready' });
