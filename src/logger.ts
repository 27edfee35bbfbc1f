// pino: structured JSON logs; one logger for the process, children per part. On a
// terminal the same events are shown readable (pino-pretty), unless LOG_FORMAT=json.
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { redactBsnForLog } from './redact-bsn-for-log.ts';

export type { Logger };
export type LogFormat = 'json' | 'pretty';

/** LOG_FORMAT when set; otherwise readable on a terminal and JSON for pipes and services. */
export function chooseLogFormat(setting: LogFormat | undefined, isTerminal: boolean): LogFormat {
  return setting ?? (isTerminal ? 'pretty' : 'json');
}

/** `out` is stdout but for tests. */
export function createLogger(level: string, format: LogFormat = 'json', out: NodeJS.WritableStream = process.stdout): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: 'rro-bot' },
    // Free text from users never goes to the log; these paths guard against slips.
    redact: { paths: ['*.text', '*.note', '*.story', '*.done', '*.planned', 'req.headers.authorization', 'req.headers.cookie'], censor: '[weggelaten]' },
    // ... and whatever else reaches a log line (an error quoting a query) loses its BSN-like numbers.
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => redactBsnForLog(arg)) as Parameters<typeof method>);
      },
    },
  };
  if (format === 'json') return redactingChildBindings(pino(options, out));
  // Synchronous, in this thread: no worker transport, and nothing lost on process.exit.
  return redactingChildBindings(pino(options, pretty({ sync: true, singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,app', destination: out })));
}

/**
 * A child's bindings are serialised once, at child(), past the logMethod hook and past
 * `formatters.bindings` (pino resets that for children), so they are redacted here. Children
 * are made with Object.create(parent), so grandchildren inherit this child().
 */
function redactingChildBindings(logger: Logger): Logger {
  const child = logger.child as unknown as (this: Logger, bindings: pino.Bindings, childOptions?: pino.ChildLoggerOptions) => Logger;
  logger.child = function (this: Logger, bindings: pino.Bindings, childOptions?: pino.ChildLoggerOptions) {
    return child.call(this, redactBsnForLog(bindings) as pino.Bindings, childOptions);
  } as unknown as Logger['child'];
  return logger;
}

/** The line a person starting the bot looks for: plain text on a terminal, an event in JSON. */
export function announceStart(logger: Logger, format: LogFormat, url: string, out: NodeJS.WritableStream = process.stdout): void {
  const line = `RRO-bot draait op ${url}`;
  if (format === 'pretty') out.write(`${line}\n`);
  else logger.info({ url }, line);
}
