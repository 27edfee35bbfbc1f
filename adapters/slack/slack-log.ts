// The logger the adapter is given (pino-shaped), and Bolt's logger on top of it
// so Bolt's own warnings land in the same structured log.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';

export interface SlackLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  debug?(obj: object, msg: string): void;
}

export function toBoltLogger(log: SlackLog): BoltLogger {
  let level = LogLevel.INFO;
  const line = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.message : JSON.stringify(a))).join(' ');
  return {
    debug: (...args) => log.debug?.({ part: 'bolt' }, line(args)),
    info: (...args) => log.info({ part: 'bolt' }, line(args)),
    warn: (...args) => log.warn({ part: 'bolt' }, line(args)),
    error: (...args) => log.error({ part: 'bolt' }, line(args)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
