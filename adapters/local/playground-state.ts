// The playground's own "platform": channels with root posts and threads, bot DMs
// per person, ephemeral notes and open forms. The bot's messages are rebuilt from
// the delivered outbox; what people typed is the playground's own data and is
// saved to a JSON file so a restart keeps it.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Form } from '../../src/core/form.ts';
import type { Message } from '../../src/core/message.ts';
import type { OutboundDelivery } from '../../src/core/outbound.ts';

export interface ChatMessage {
  ref: string;
  /** null = the bot. */
  author: { staffId: string; name: string } | null;
  message: Message;
  at: Date;
  edited: boolean;
  thread: ChatMessage[];
  reactions: { staffId: string; name: string; reaction: string }[];
}

export interface Ephemeral {
  ref: string;
  message: Message;
  at: Date;
}

export interface SentRecord {
  key: string;
  delivery: OutboundDelivery;
  ref: string;
  sentAt: Date;
}

const ZSavedReply = z.object({
  ref: z.string(),
  channelRef: z.string(),
  threadRef: z.string(),
  staffId: z.string(),
  name: z.string(),
  text: z.string(),
  at: z.coerce.date(),
  edited: z.boolean().default(false),
});
const ZSavedReaction = z.object({ messageRef: z.string(), staffId: z.string(), name: z.string(), reaction: z.string() });
const ZSavedState = z.object({
  version: z.literal(1),
  replies: z.array(ZSavedReply).default([]),
  reactions: z.array(ZSavedReaction).default([]),
});
type SavedState = z.infer<typeof ZSavedState>;

export const EPHEMERAL_CAP = 20;

const seqOf = (ref: string) => Number(/^[LUE]-(\d+)$/.exec(ref)?.[1] ?? 0);
/** Same manual-clock instant happens often: the shared ref counter breaks the tie. */
const byTime = (a: ChatMessage, b: ChatMessage) => a.at.getTime() - b.at.getTime() || seqOf(a.ref) - seqOf(b.ref);

export function createPlaygroundState(stateFile?: string) {
  const channels = new Map<string, ChatMessage[]>();
  const dms = new Map<string, ChatMessage[]>();
  const byRef = new Map<string, ChatMessage>();
  const refOfKey = new Map<string, string>();
  const ephemerals = new Map<string, Ephemeral[]>();
  const openForms = new Map<string, Form>();
  let saved: SavedState = { version: 1, replies: [], reactions: [] };
  let seq = 0;

  function nextRef(prefix: 'L' | 'U' | 'E'): string {
    return `${prefix}-${++seq}`;
  }

  function noteRef(ref: string): void {
    const n = seqOf(ref);
    if (n > seq) seq = n;
  }

  function rootsOf(channelRef: string): ChatMessage[] {
    let list = channels.get(channelRef);
    if (!list) channels.set(channelRef, (list = []));
    return list;
  }

  function place(delivery: OutboundDelivery, key: string | undefined, ref: string, at: Date): void {
    if (delivery.type === 'update') {
      const target = byRef.get(ref);
      if (target) target.message = delivery.message;
      return;
    }
    const msg: ChatMessage = { ref, author: null, message: delivery.message, at, edited: false, thread: [], reactions: [] };
    byRef.set(ref, msg);
    if (key) refOfKey.set(key, ref);
    const to = delivery.to;
    if (to.kind === 'person') {
      const list = dms.get(to.staffId) ?? [];
      list.push(msg);
      dms.set(to.staffId, list);
    } else if (to.kind === 'thread' && byRef.get(to.threadRef)) {
      byRef.get(to.threadRef)!.thread.push(msg);
    } else {
      // A thread whose root this playground never saw (e.g. demo history) shows as a post.
      rootsOf(to.channelRef).push(msg);
    }
  }

  function addReply(r: SavedState['replies'][number]): ChatMessage {
    noteRef(r.ref);
    const msg: ChatMessage = {
      ref: r.ref,
      author: { staffId: r.staffId, name: r.name },
      message: { text: r.text, blocks: [] },
      at: r.at,
      edited: r.edited,
      thread: [],
      reactions: [],
    };
    byRef.set(r.ref, msg);
    const root = byRef.get(r.threadRef);
    if (root) root.thread.push(msg);
    else rootsOf(r.channelRef).push(msg);
    return msg;
  }

  async function persist(): Promise<void> {
    if (!stateFile) return;
    await mkdir(dirname(stateFile), { recursive: true });
    await writeFile(stateFile, JSON.stringify(saved, null, 1), 'utf8');
  }

  async function readSaved(): Promise<SavedState> {
    if (!stateFile) return saved;
    const raw = await readFile(stateFile, 'utf8').catch(() => null);
    if (raw === null) return saved;
    const parsed = ZSavedState.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : saved;
  }

  return {
    channels,
    dms,
    ephemerals,
    openForms,
    /** Rebuilds everything from the delivered outbox plus the saved typed messages. */
    async rebuild(history: SentRecord[]): Promise<void> {
      saved = await readSaved();
      for (const h of history) {
        noteRef(h.ref);
        // Our sender answers an update with the ref of the message it replaced.
        place(h.delivery, h.key, h.ref, h.sentAt);
      }
      for (const r of [...saved.replies].sort((a, b) => a.at.getTime() - b.at.getTime())) addReply(r);
      for (const x of saved.reactions) byRef.get(x.messageRef)?.reactions.push({ staffId: x.staffId, name: x.name, reaction: x.reaction });
      // Bot messages and typed ones were added apart: put every list back in the order they happened.
      for (const list of [...channels.values()]) {
        list.sort(byTime);
        for (const m of list) m.thread.sort(byTime);
      }
    },
    /** A bot delivery: returns the ref it landed under. */
    deliver(delivery: OutboundDelivery, at: Date, key?: string, updateRef?: string | null): string | null {
      if (delivery.type === 'update') {
        const ref = updateRef ?? refOfKey.get(delivery.ofKey);
        if (!ref || !byRef.has(ref)) return null;
        place(delivery, undefined, ref, at);
        return ref;
      }
      const ref = nextRef('L');
      place(delivery, key, ref, at);
      return ref;
    },
    find(ref: string): ChatMessage | undefined {
      return byRef.get(ref);
    },
    /** The root a typed reply sits under. */
    threadOf(ref: string): string | undefined {
      return saved.replies.find((r) => r.ref === ref)?.threadRef;
    },
    async addThreadReply(r: Omit<SavedState['replies'][number], 'ref' | 'edited'>): Promise<ChatMessage> {
      const reply = { ...r, ref: nextRef('U'), edited: false };
      saved.replies.push(reply);
      const msg = addReply(reply);
      await persist();
      return msg;
    },
    async editReply(ref: string, text: string): Promise<void> {
      const row = saved.replies.find((r) => r.ref === ref);
      const msg = byRef.get(ref);
      if (!row || !msg) return;
      row.text = text;
      row.edited = true;
      msg.message = { text, blocks: [] };
      msg.edited = true;
      await persist();
    },
    async addReaction(messageRef: string, who: { staffId: string; name: string }, reaction: string): Promise<void> {
      const msg = byRef.get(messageRef);
      if (!msg || msg.reactions.some((x) => x.staffId === who.staffId && x.reaction === reaction)) return;
      msg.reactions.push({ ...who, reaction });
      saved.reactions.push({ messageRef, ...who, reaction });
      await persist();
    },
    /** Keeps an immediate answer for one person; replaces the ephemeral it came from when known. */
    addEphemeral(staffId: string, message: Message, at: Date, replaces?: string): Ephemeral {
      const list = ephemerals.get(staffId) ?? [];
      const existing = replaces ? list.find((e) => e.ref === replaces) : undefined;
      if (existing) {
        existing.message = message;
        existing.at = at;
        return existing;
      }
      const eph = { ref: nextRef('E'), message, at };
      list.unshift(eph);
      ephemerals.set(staffId, list.slice(0, EPHEMERAL_CAP));
      return eph;
    },
  };
}

export type PlaygroundState = ReturnType<typeof createPlaygroundState>;
