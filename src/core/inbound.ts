// Inbound: everything a person can do, in platform-neutral words. Adapters build
// these from Slack events / Teams activities / playground requests; the core
// validates them with ZInbound before acting.
import { z } from 'zod';
import { ZEnvelope } from './identity.ts';

const base = { envelope: ZEnvelope };
/** Platform reference of a message (Slack ts, Teams activity id) — opaque. */
const ZMessageRef = z.string().min(1);
const ZText = z.string().max(40_000, 'Bericht is te lang (max. 40.000 tekens)');

export const ZInbound = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('command'),
    ...base,
    /** Sub-command as typed, e.g. 'log', 'mijn partners', 'overleg'; '' = help. */
    text: ZText,
    /** Opaque token to open a form right away (Slack trigger_id). */
    trigger: z.string().optional(),
  }),
  z.object({ type: z.literal('thread_reply'), ...base, text: ZText, messageRef: ZMessageRef, threadRef: z.string().min(1) }),
  z.object({ type: z.literal('direct_message'), ...base, text: ZText, messageRef: ZMessageRef }),
  z.object({
    type: z.literal('message_edited'),
    ...base,
    text: ZText,
    messageRef: ZMessageRef,
    threadRef: z.string().optional(),
  }),
  z.object({
    type: z.literal('action'),
    ...base,
    actionId: z.string().min(1).max(100),
    value: z.string().max(2000).default(''),
    /** Selected options of a select element. */
    selected: z.array(z.string()).optional(),
    /** The bot message the button sat on (for updates). */
    messageRef: z.string().optional(),
    trigger: z.string().optional(),
  }),
  z.object({
    type: z.literal('form_submitted'),
    ...base,
    formId: z.string().min(1).max(100),
    values: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    context: z.string().max(2000).default(''),
  }),
  z.object({ type: z.literal('member_joined'), ...base }),
  z.object({ type: z.literal('app_installed'), ...base }),
  z.object({ type: z.literal('reaction_added'), ...base, messageRef: ZMessageRef, reaction: z.string().min(1) }),
  /** The person opened the bot's home (Slack App Home, a Teams personal tab). */
  z.object({ type: z.literal('home_opened'), ...base }),
]);
export type Inbound = z.infer<typeof ZInbound>;
export type InboundOf<T extends Inbound['type']> = Extract<Inbound, { type: T }>;
