// pino: structured JSON logs; one logger for the process, children per part.
import { pino, type DestinationStream, type Logger } from 'pino';
import { redactBsnForLog } from './redact-bsn-for-log.ts';

export type { Logger };

/** `destination` defaults to stdout (tests pass their own). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
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
  return destination ? pino(options, destination) : pino(options);
}
