// Our pino-style logger as the SDK's ILogger, so SDK messages land in our log
// (and not on the console).
import type { ILogger } from '@microsoft/teams.common';

export interface AdapterLog {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export function createSdkLogger(log: AdapterLog, name = 'teams-sdk'): ILogger {
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' ').slice(0, 2_000);
  const logger: ILogger = {
    debug: (...msg) => log.debug({ part: name }, text(msg)),
    info: (...msg) => log.debug({ part: name }, text(msg)),
    warn: (...msg) => log.warn({ part: name }, text(msg)),
    error: (...msg) => log.error({ part: name }, text(msg)),
    trace: () => undefined,
    log: (level, ...msg) => (level === 'error' ? logger.error(...msg) : level === 'warn' ? logger.warn(...msg) : logger.debug(...msg)),
    child: (child) => createSdkLogger(log, `${name}/${child}`),
  };
  return logger;
}
