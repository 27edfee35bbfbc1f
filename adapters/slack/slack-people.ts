// Who is behind a Slack user id: name, e-mail (to link imported staff on first
// contact), locale and timezone from users.info, cached per user so a busy
// person costs one lookup, not one per message. Also lists a channel's people
// for linking a whole team at once.
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { Person } from '../../src/core/identity.ts';
import type { SlackLog } from './slack-log.ts';

const ZUser = z.object({
  id: z.string(),
  name: z.string().optional(),
  real_name: z.string().optional(),
  deleted: z.boolean().optional(),
  is_bot: z.boolean().optional(),
  tz: z.string().optional(),
  locale: z.string().optional(),
  profile: z.object({ email: z.string().optional(), real_name: z.string().optional(), display_name: z.string().optional() }).loose().optional(),
}).loose();

const CACHE_MS = 6 * 60 * 60_000;
const CACHE_MAX = 10_000;
const MAX_CHANNEL_MEMBERS = 1_000;

export interface SlackPeople {
  describe(userId: string): Promise<Person>;
  /** Humans in a channel, with e-mail where Slack shares it. */
  listChannelPeople(channel: string): Promise<{ platformUserId: string; email?: string; name?: string }[]>;
}

export function createSlackPeople(client: WebClient, log: SlackLog): SlackPeople {
  const cache = new Map<string, { at: number; person: Person | null }>();

  async function lookup(userId: string): Promise<Person | null> {
    const hit = cache.get(userId);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.person;
    let person: Person | null = { platformUserId: userId };
    try {
      const res = await client.users.info({ user: userId, include_locale: true });
      const user = ZUser.safeParse(res.user);
      if (user.success) person = toPerson(user.data);
    } catch (err) {
      // Without the profile the person is still recognised when already linked.
      log.warn({ err: describeError(err), userId }, 'users.info mislukt; verder zonder e-mail');
      return { platformUserId: userId };
    }
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(userId, { at: Date.now(), person });
    return person;
  }

  return {
    async describe(userId) {
      return (await lookup(userId)) ?? { platformUserId: userId };
    },
    async listChannelPeople(channel) {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const res = await client.conversations.members({ channel, limit: 200, ...(cursor ? { cursor } : {}) });
        ids.push(...(res.members ?? []));
        cursor = res.response_metadata?.next_cursor || undefined;
      } while (cursor && ids.length < MAX_CHANNEL_MEMBERS);
      const people = [];
      for (const id of ids) {
        const p = await lookup(id);
        if (p) people.push({ platformUserId: p.platformUserId, ...(p.email ? { email: p.email } : {}), ...(p.name ? { name: p.name } : {}) });
      }
      return people;
    },
  };
}

/** null for bots and deactivated accounts: they are nobody's staff. */
function toPerson(u: z.infer<typeof ZUser>): Person | null {
  if (u.is_bot || u.deleted) return null;
  const email = z.email().safeParse(u.profile?.email);
  const name = u.profile?.real_name || u.real_name || u.profile?.display_name || u.name;
  return {
    platformUserId: u.id,
    ...(name ? { name } : {}),
    ...(email.success ? { email: email.data } : {}),
    ...(u.locale ? { locale: u.locale } : {}),
    ...(u.tz ? { timeZone: u.tz } : {}),
  };
}

export function describeError(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { code?: string; data?: { error?: string }; message?: string };
    return [e.code, e.data?.error, e.message].filter(Boolean).join(': ');
  }
  return String(err);
}
