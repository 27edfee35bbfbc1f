// The last line of the BSN guard: every string a Prisma write is about to store is checked
// as it will be stored, after every parse, trim and join the code applied before. Because
// it sits on the client every store uses, a new write path cannot bypass it. A BSN-like
// number refuses the write (the transaction rolls back); in an outbox payload — text the
// bot composed for a platform — it is redacted instead, so a composed message never
// blocks delivery and never posts one either.
import { bsnRefusedError } from '../core/bsn-refused.ts';
import { containsBsn, redactBsn } from '../domain/bsn.ts';
import type { PrismaClient } from './generated/client.ts';

const WRITES = ['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert'] as const;
// Ids, platform references, hashes (hex digests: a run of nine digits in one is chance, not a
// BSN — an erasure tombstone once failed on it) and bookkeeping are opaque: never typed by a person.
const OPAQUE_KEY = /^(?:id|key|ref|runKey|jobId|claimedBy|idempotencyKey|platform|platformUserId|platformOrgId|deliveredRef|lastError|error|status|state)$|(?:Id|Ids|Ref|Refs|Hash)$/;
// …except channel references a lead types into the settings form.
const TYPED_REFS = new Set(['channelRef', 'celebrationChannelRef']);
const isOpaque = (key: string) => OPAQUE_KEY.test(key) && !TYPED_REFS.has(key);
const OPAQUE_MODELS = new Set(['ConversationRef', 'JobRun', 'MagicLink', 'DashboardSession']);

type WriteArgs = { data?: unknown; create?: unknown; update?: unknown };

export function guardStoredText(prisma: PrismaClient): PrismaClient {
  const hook = async ({ model, args, query }: { model: string; args: WriteArgs; query: (args: WriteArgs) => Promise<unknown> }) => {
    if (model === 'Outbox') return query(redactOutbox(args));
    if (!OPAQUE_MODELS.has(model)) for (const part of [args.data, args.create, args.update]) refuseBsnIn(part, model);
    return query(args);
  };
  const operations = Object.fromEntries(WRITES.map((operation) => [operation, hook]));
  return prisma.$extends({ name: 'bsn-guard', query: { $allModels: operations } }) as unknown as PrismaClient;
}

/** Throws the BSN refusal when any string in `value` (nested data, arrays, JSON) holds one. */
export function refuseBsnIn(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (containsBsn(value)) throw bsnRefusedError(path);
  } else if (Array.isArray(value)) {
    for (const item of value) refuseBsnIn(item, path);
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) if (!isOpaque(key)) refuseBsnIn(item, `${path}.${key}`);
  }
}

function redactOutbox(args: WriteArgs): WriteArgs {
  const redactPayload = (data: unknown): unknown =>
    isPlainObject(data) && 'payload' in data ? { ...data, payload: redactStrings(data.payload) } : data;
  const out: WriteArgs = { ...args };
  if (args.data !== undefined) out.data = Array.isArray(args.data) ? args.data.map(redactPayload) : redactPayload(args.data);
  if (args.create !== undefined) out.create = redactPayload(args.create);
  if (args.update !== undefined) out.update = redactPayload(args.update);
  return out;
}

function redactStrings(value: unknown): unknown {
  if (typeof value === 'string') return containsBsn(value) ? redactBsn(value) : value;
  if (Array.isArray(value)) return value.map(redactStrings);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, isOpaque(key) ? item : redactStrings(item)]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
