// A stand-in Slack Web API on 127.0.0.1 over real HTTP: records every call
// (form-encoded bodies; JSON-encoded blocks/view fields decoded), answers from a
// small user table, and can be told to answer the next call of a method with a
// 429 + Retry-After, an ok:false error, a 500, or no answer at all (hang). response_url
// posts land here too.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackUser {
  id: string;
  name: string;
  email?: string;
  tz?: string;
  locale?: string;
  isBot?: boolean;
}

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  at: number;
}

type Fault = { status: 429; retryAfter: number } | { status: 500 } | { error: string } | { hang: true };
const JSON_FIELDS = new Set(['blocks', 'view', 'attachments']);

export async function startFakeSlackApi(teamId: string) {
  const calls: ApiCall[] = [];
  const users = new Map<string, SlackUser>();
  const members = new Map<string, string[]>();
  const faults = new Map<string, Fault[]>();
  const held: ServerResponse[] = [];
  let seq = 0;
  const nextTs = () => `${1_790_000_000 + ++seq}.${String(seq).padStart(6, '0')}`;

  function answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const user = users.get(String(args.user ?? ''));
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'U0RROBOT', bot_id: 'B0RROBOT', team_id: teamId, user: 'rro-bot' };
      case 'users.info':
        if (!user) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id: user.id, team_id: teamId, name: user.name.split(' ')[0]!.toLowerCase(), real_name: user.name, deleted: false, is_bot: user.isBot ?? false,
            tz: user.tz ?? 'Europe/Amsterdam', locale: user.locale ?? 'nl-NL', profile: { real_name: user.name, display_name: user.name, ...(user.email ? { email: user.email } : {}) },
          },
        };
      case 'users.lookupByEmail': {
        const found = [...users.values()].find((u) => u.email?.toLowerCase() === String(args.email).toLowerCase());
        return found ? { ok: true, user: { id: found.id, profile: { email: found.email } } } : { ok: false, error: 'users_not_found' };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users).slice(1)}` } };
      case 'conversations.members':
        return { ok: true, members: members.get(String(args.channel)) ?? [], response_metadata: { next_cursor: '' } };
      case 'chat.postMessage': {
        const ts = nextTs();
        return { ok: true, channel: args.channel, ts, message: { ts, text: args.text } };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { id: `V${++seq}` } };
      default:
        return { ok: true };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '').split('?')[0]!;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    if (path.startsWith('/respond/')) {
      calls.push({ method: 'response_url', args: { ...(JSON.parse(raw || '{}') as Record<string, unknown>), url: path }, at: Date.now() });
      return send(200, { ok: true });
    }
    const method = path.replace(/^\/api\//, '');
    const args: Record<string, unknown> = {};
    const isJson = (req.headers['content-type'] ?? '').includes('json');
    if (isJson) Object.assign(args, JSON.parse(raw || '{}'));
    else for (const [k, v] of new URLSearchParams(raw)) args[k] = JSON_FIELDS.has(k) ? JSON.parse(v) : v;
    delete args.token;
    calls.push({ method, args, at: Date.now() });
    const fault = faults.get(method)?.shift();
    if (fault && 'hang' in fault) return void held.push(res);
    if (fault && 'status' in fault && fault.status === 429) return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(fault.retryAfter) });
    if (fault && 'status' in fault) return send(500, { ok: false, error: 'internal_error' });
    if (fault && 'error' in fault) return send(200, { ok: false, error: fault.error });
    send(200, answer(method, args));
  }

  const server = createServer((req, res) => void handle(req, res).catch(() => res.writeHead(500).end()));
  server.listen(0, '127.0.0.1');
  await new Promise<void>((r) => server.once('listening', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    callsOf: (method: string) => calls.filter((c) => c.method === method),
    addUser: (u: SlackUser) => void users.set(u.id, u),
    setMembers: (channel: string, ids: string[]) => void members.set(channel, ids),
    /** The next call(s) of this method get this answer instead. */
    failNext(method: string, fault: Fault, times = 1) {
      faults.set(method, [...(faults.get(method) ?? []), ...Array.from({ length: times }, () => fault)]);
    },
    /** Calls that were never answered (hang). */
    get heldCount() {
      return held.length;
    },
    close: () => {
      for (const res of held.splice(0)) res.destroy();
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;
