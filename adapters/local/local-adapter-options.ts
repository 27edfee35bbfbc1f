// What main hands the playground adapter: the bot's handle, the delivered history, the
// people to choose from, the clock and its tick. Its own file so the router and the
// inbound handler need not import index.ts (which imports them).
import type { Inbound } from '../../src/core/inbound.ts';
import type { OutboundDelivery, Reply } from '../../src/core/outbound.ts';
import type { Translate } from '../../src/core/i18n/translator.ts';
import type { LocalDirectory } from '../../src/core/local-directory.ts';

export interface LocalAdapterOptions {
  handle(inbound: Inbound): Promise<Reply[]>;
  /** Delivered outbox rows of platform 'local', in send order. */
  history(): Promise<{ key: string; delivery: OutboundDelivery; ref: string; sentAt: Date }[]>;
  directory: LocalDirectory;
  clock: { now(): Date; set(d: Date): void };
  /** Runs due jobs and drains the outbox. */
  tick(): Promise<void>;
  /** Drains the outbox. */
  flush(): Promise<void>;
  t: Translate;
  /** Where typed messages are kept across restarts (JSON); in memory only when absent. */
  stateFile?: string;
  /** Where the moved clock is kept across restarts (JSON); not kept when absent. */
  clockFile?: string;
  /** Where the chosen person's dashboard opens (a link in the top bar), if there is one. */
  dashboardUrl?: (staffId: string) => string;
  /** Serve requests from other machines too (default: loopback only). */
  allowRemote?: boolean;
  /** Timezone of the clock buttons and shown times. */
  timeZone?: string;
}
