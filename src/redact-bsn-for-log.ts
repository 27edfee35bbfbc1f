// Logs never hold a BSN: every string handed to the logger (message, fields, error
// messages and stacks, e.g. a database error that quotes its query) is redacted before
// pino serialises it. Strings without nine digits pass untouched at little cost.
import { containsBsn, redactBsn } from './domain/bsn.ts';

const MAX_DEPTH = 8;

export function redactBsnForLog(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return containsBsn(value) ? redactBsn(value) : value;
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return value;
  if (value instanceof Error) {
    const copy = new Error(redactBsnForLog(value.message) as string);
    copy.name = value.name;
    copy.stack = redactBsnForLog(value.stack, depth + 1) as string | undefined;
    for (const [key, item] of Object.entries(value)) (copy as unknown as Record<string, unknown>)[key] = redactBsnForLog(item, depth + 1);
    if (value.cause !== undefined) copy.cause = redactBsnForLog(value.cause, depth + 1);
    return copy;
  }
  if (Array.isArray(value)) return value.map((item) => redactBsnForLog(item, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactBsnForLog(item, depth + 1)]));
}
