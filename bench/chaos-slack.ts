// The stand-in Slack Web API for `npm run chaos`, on 127.0.0.1 over real HTTP:
// chat.postMessage is recorded by its text (the outbox key), so losses and
// duplicates can be counted. It allows `ratePerSecond` posts (429 + Retry-After
// beyond that, like Slack), and can swallow the next call (never answer) or
// answer 500 to everything for a while.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Receipt {
  key: string;
  at: number;
}

export async function startChaosSlack(ratePerSecond: number) {
  const received: Receipt[] = [];
  const held: ServerResponse[] = [];
  const heldKeys: string[] = [];
  let tokens = ratePerSecond;
  let refilledAt = Date.now();
  let hangNext = 0;
  let failing = false;
  let answered5xx = 0;
  let seq = 0;

  function takeToken(): boolean {
    const now = Date.now();
    tokens = Math.min(ratePerSecond, tokens + ((now - refilledAt) / 1000) * ratePerSecond);
    refilledAt = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = (req.url ?? '').split('?')[0]!.replace(/^\/api\//, '');
    const json = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    if (method === 'auth.test') return json(200, { ok: true, user_id: 'U0CHAOSBOT', bot_id: 'B0CHAOSBOT', team_id: 'T0CHAOS' });
    if (method !== 'chat.postMessage') return json(200, { ok: true });
    const args = (req.headers['content-type'] ?? '').includes('json')
      ? (JSON.parse(raw || '{}') as Record<string, string>)
      : Object.fromEntries(new URLSearchParams(raw));
    if (hangNext > 0) {
      hangNext--;
      held.push(res); // never answered: the platform never processed it
      heldKeys.push(String(args.text ?? ''));
      return;
    }
    if (failing) {
      answered5xx++;
      return json(500, { ok: false, error: 'internal_error' });
    }
    if (!takeToken()) return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
    const ts = `${1_800_000_000 + ++seq}.000100`;
    received.push({ key: String(args.text ?? ''), at: Date.now() });
    json(200, { ok: true, channel: args.channel, ts, message: { ts } });
  }

  const server = createServer((req, res) => void handle(req, res).catch(() => res.writeHead(500).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${url}/api/`,
    received,
    heldKeys,
    get heldCount() {
      return held.length;
    },
    get answered5xx() {
      return answered5xx;
    },
    hangNextCall(): void {
      hangNext++;
    },
    answer5xx(on: boolean): void {
      failing = on;
    },
    async close(): Promise<void> {
      for (const res of held.splice(0)) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type ChaosSlack = Awaited<ReturnType<typeof startChaosSlack>>;
