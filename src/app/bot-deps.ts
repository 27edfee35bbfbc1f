// What every feature gets on a database: the clock, the translator over prompts/, the
// bot's logger, the common ports. One builder for the runtime and the turn thread, so a
// turn in either place sees the same deps.
import type { BotDeps } from '../bot/feature.ts';
import type { Clock } from '../core/clock.ts';
import { createTranslator } from '../core/i18n/translator.ts';
import { loadPrompts } from '../i18n/load-prompts.ts';
import type { Logger } from '../logger.ts';
import { createCommonPorts } from '../store/common-ports.ts';
import type { Database } from '../store/database.ts';

export function createBotDeps(db: Database, opts: { clock: Clock; logger: Logger; notifyOutbox(): void }): BotDeps {
  return {
    clock: opts.clock,
    t: createTranslator(loadPrompts()),
    log: opts.logger.child({ part: 'bot' }),
    ports: createCommonPorts(db),
    notifyOutbox: opts.notifyOutbox,
  };
}
