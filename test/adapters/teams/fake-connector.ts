// A stand-in Bot Framework connector on 127.0.0.1: records what the bot sends
// (conversations, activities, replies, updates), serves a roster with the demo
// e-mails and a team's channel list, and can answer 429 (Retry-After) / 503 / 403 for the next requests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  body: Record<string, unknown>;
  auth?: string;
}

export interface RosterEntry { id: string; aadObjectId: string; name: string; email: string; userPrincipalName: string }

export async function startFakeConnector() {
  const calls: ConnectorCall[] = [];
  const rosters = new Map<string, RosterEntry[]>();
  const channels = new Map<string, { id: string; name: string | null }[]>();
  let failNext: { status: number; retryAfter?: number }[] = [];
  let hangNext = 0;
  const held: ServerResponse[] = [];
  let seq = 1000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    const url = new URL(req.url ?? '/', 'http://x');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(json));
    };
    if (req.method !== 'GET' && hangNext > 0) {
      hangNext--;
      return void held.push(res); // never answered
    }
    const fail = req.method !== 'GET' ? failNext.shift() : undefined;
    if (fail) return send(fail.status, { error: { code: 'Throttled' } }, fail.retryAfter ? { 'retry-after': String(fail.retryAfter) } : {});
    if (req.method === 'GET' && parts[0] === 'v3' && parts[1] === 'teams' && parts[2] && parts[3] === 'conversations') {
      const list = channels.get(parts[2]);
      return list ? send(200, { conversations: list }) : send(404, { error: { code: 'NotFound' } });
    }
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return send(404, { error: 'unknown path' });
    const conversationId = parts[2];
    const call: ConnectorCall = { method: req.method ?? '', path: url.pathname, body, ...(conversationId ? { conversationId } : {}), ...(parts[4] ? { activityId: parts[4] } : {}), ...(req.headers.authorization ? { auth: req.headers.authorization } : {}) };
    if (req.method === 'GET' && parts[3] === 'members' && conversationId) {
      return send(200, rosters.get(conversationId) ?? []);
    }
    calls.push(call);
    const id = String(++seq);
    if (req.method === 'POST' && !conversationId) {
      const channel = (body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
      if (channel) return send(201, { id: `${channel};messageid=${id}`, activityId: id });
      return send(201, { id: `a:chat-${id}` });
    }
    if (req.method === 'POST' && parts[3] === 'activities') return send(201, { id });
    if (req.method === 'PUT' && parts[3] === 'activities') return send(200, { id: parts[4] });
    send(404, { error: 'unknown route' });
  }

  const server = createServer((req, res) => void handle(req, res).catch(() => res.writeHead(500).end()));
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    calls,
    setRoster(conversationId: string, people: RosterEntry[]) {
      rosters.set(conversationId, people);
    },
    /** The channels `GET /v3/teams/{teamId}/conversations` lists (General has name null, as in Teams). */
    setChannels(teamId: string, list: { id: string; name: string | null }[]) {
      channels.set(teamId, list);
    },
    failNext(...answers: { status: number; retryAfter?: number }[]) {
      failNext = answers;
    },
    /** The next `n` posting calls are never answered. */
    hangNextCalls(n: number) {
      hangNext = n;
    },
    get heldCount() {
      return held.length;
    },
    /** Calls that posted an activity into a conversation (root posts included). */
    sent: () => calls.filter((c) => c.method === 'POST'),
    reset: () => calls.splice(0),
    close: () => {
      for (const res of held.splice(0)) res.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
export type FakeConnector = Awaited<ReturnType<typeof startFakeConnector>>;
