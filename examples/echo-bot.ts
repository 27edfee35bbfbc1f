// The smallest bot on this core: one feature that answers `ping`, on the local adapter
// (no Slack or Teams). sh scripts/with-node.sh node_modules/.bin/tsx examples/echo-bot.ts,
// then open http://127.0.0.1:3100/playground (or $PORT), pick a person and type "ping".
import { createLocalAdapter } from '../adapters/local/index.ts';
import { createRuntime } from '../src/app/create-runtime.ts';
import { ephemeral } from '../src/bot/ephemeral.ts';
import type { Feature } from '../src/bot/feature.ts';
import { createShiftableClock } from '../src/core/clock.ts';
import { createLogger } from '../src/logger.ts';
import type { Database } from '../src/store/database.ts';
import { createLocalDirectory } from '../src/store/local-directory-store.ts';
import { createOutboxStore } from '../src/store/outbox-store.ts';

export const echo: Feature = {
  name: 'echo',
  commands: { ping: async (turn, args) => ephemeral(`pong${args ? `: ${args}` : ''} (${turn.actor.staff.name})`) },
};

/** The runtime with only the echo feature, and the playground on it (people come from the database). */
export function createEchoBot(db: Database) {
  const clock = createShiftableClock();
  const runtime = createRuntime({ db, clock, logger: createLogger('warn'), features: [echo] });
  const outbox = createOutboxStore(db.prisma);
  const local = createLocalAdapter({
    handle: runtime.bot.handle, history: () => outbox.listSent('local'), directory: createLocalDirectory(db.prisma),
    clock, tick: runtime.tick, flush: async () => void (await runtime.worker.drain()), t: runtime.deps.t,
  });
  runtime.addSender(local.sender);
  runtime.app.use('/playground', local.router);
  return runtime;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { openMigratedDatabase } = await import('../src/store/open-store.ts');
  const { ensureDemoLoaded } = await import('../src/store/load-demo.ts');
  const { db } = await openMigratedDatabase({ dataDir: 'memory://' });
  await ensureDemoLoaded(db, new Date()); // people to choose from in the playground
  const port = Number(process.env.PORT ?? 3100);
  createEchoBot(db).app.listen(port, '127.0.0.1', () => console.log(`echo bot: http://127.0.0.1:${port}/playground`));
}
