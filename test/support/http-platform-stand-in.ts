// A stand-in chat platform over real HTTP on 127.0.0.1: POST /send {key, to, text}
// is recorded and answered 200 {ref}. It can rate-limit like Slack (token bucket,
// 429 with Retry-After in whole seconds), fail the next requests with 500, and
// hold requests forever (an in-flight send the platform never processed).
// Tests that cannot afford whole seconds give the limit a shorter window: the
// bucket then refills per window and Retry-After counts whole windows.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

const ZSendBody = z.object({ key: z.string().min(1), to: z.string(), text: z.string() });

export interface StandInRecord {
  key: string;
  to: string;
  text: string;
  ref: string;
  at: number;
}

export interface StandInOptions {
  /** Allowed sends per second (bucket of one second's worth); absent = unlimited. */
  ratePerSecond?: number;
}

export async function startHttpPlatformStandIn(options: StandInOptions = {}) {
  const received: StandInRecord[] = [];
  const countByKey = new Map<string, number>();
  const held: ServerResponse[] = [];
  let rate = options.ratePerSecond;
  let windowMs = 1_000;
  let tokens = rate ?? 0;
  let refilledAt = Date.now();
  let failNext = 0;
  let holdNext = 0;
  let holdAll = false;
  let holdAfter = Infinity;
  let rateLimited = 0;
  let failed = 0;
  let seq = 0;

  function takeToken(): number {
    if (rate === undefined) return 0;
    const now = Date.now();
    tokens = Math.min(rate, tokens + ((now - refilledAt) / windowMs) * rate);
    refilledAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    // Slack answers whole seconds (here: windows); never less than one.
    return Math.max(1, Math.ceil((1 - tokens) / rate));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/send') {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (received.length >= holdAfter) holdAll = true;
    if (holdAll || holdNext > 0) {
      if (holdNext > 0) holdNext--;
      held.push(res);
      return;
    }
    const parsed = ZSendBody.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
    if (!parsed.success) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_body' }));
      return;
    }
    if (failNext > 0) {
      failNext--;
      failed++;
      res.writeHead(500).end('internal error');
      return;
    }
    const retryAfter = takeToken();
    if (retryAfter > 0) {
      rateLimited++;
      res.writeHead(429, { 'retry-after': String((retryAfter * windowMs) / 1_000) }).end();
      return;
    }
    const ref = `ts-${++seq}`;
    received.push({ ...parsed.data, ref, at: Date.now() });
    countByKey.set(parsed.data.key, (countByKey.get(parsed.data.key) ?? 0) + 1);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ref }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    get rateLimited() {
      return rateLimited;
    },
    get failed() {
      return failed;
    },
    get heldCount() {
      return held.length;
    },
    /** `perWindow` sends per `windowMs` (default a second, like Slack); undefined = unlimited. */
    setRate(perWindow: number | undefined, window = 1_000): void {
      rate = perWindow;
      windowMs = window;
      tokens = perWindow ?? 0;
      refilledAt = Date.now();
    },
    failNextRequests(k: number): void {
      failNext = k;
    },
    holdNextRequests(k: number): void {
      holdNext = k;
    },
    holdAllRequests(on: boolean): void {
      holdAll = on;
      if (!on) holdAfter = Infinity;
    },
    /** Once n sends are recorded, hold every later request (a crash point that does not depend on timing). */
    holdAfterRecorded(n: number): void {
      holdAfter = n;
    },
    /** Keys the platform accepted more than once. */
    duplicates(): string[] {
      return [...countByKey].filter(([, n]) => n > 1).map(([k]) => k);
    },
    countOf(key: string): number {
      return countByKey.get(key) ?? 0;
    },
    async close(): Promise<void> {
      for (const res of held.splice(0)) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type HttpPlatformStandIn = Awaited<ReturnType<typeof startHttpPlatformStandIn>>;
