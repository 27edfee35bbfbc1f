// zod shapes of the Slack payloads we act on (only the fields we read; Slack
// adds fields over time, so objects are not strict). Anything that does not fit
// is refused with 400 before it reaches the core.
import { z } from 'zod';

const id = z.string().min(1).max(64);
const ts = z.string().regex(/^\d{1,12}\.\d{1,9}$/);
const text = z.string().max(40_000);

export const ZSlashCommand = z.object({
  command: z.string().min(2).max(40),
  text: text.default(''),
  team_id: id,
  user_id: id,
  user_name: z.string().optional(),
  channel_id: id,
  trigger_id: z.string().min(1).max(200),
  response_url: z.url().optional(),
});

const ZMessageBody = z.object({
  user: id.optional(),
  text: text.optional(),
  ts,
  thread_ts: ts.optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
});

export const ZMessageEvent = ZMessageBody.extend({
  type: z.literal('message'),
  channel: id,
  channel_type: z.enum(['channel', 'group', 'im', 'mpim', 'app_home']).optional(),
  message: ZMessageBody.optional(),
  previous_message: ZMessageBody.partial().optional(),
});

export const ZAppHomeOpened = z.object({ type: z.literal('app_home_opened'), user: id, tab: z.string().optional() });
export const ZMemberJoined = z.object({ type: z.literal('member_joined_channel'), user: id, channel: id, inviter: id.optional() });
export const ZReactionAdded = z.object({
  type: z.literal('reaction_added'),
  user: id,
  reaction: z.string().min(1).max(100),
  item: z.object({ type: z.string(), channel: id.optional(), ts: ts.optional() }),
});

/** Events API outer envelope (event_callback). */
export const ZEventCallback = z.object({
  type: z.literal('event_callback'), team_id: id, event_id: z.string().min(1).max(200).optional(), event: z.object({ type: z.string().min(1) }).loose(),
});

const ZActionElement = z.object({
  action_id: z.string().min(1).max(255),
  type: z.string(),
  value: z.string().max(2000).optional(),
  selected_option: z.object({ value: z.string() }).nullish(),
  selected_options: z.array(z.object({ value: z.string() })).optional(),
  selected_date: z.string().nullish(),
  action_ts: z.string().max(50).optional(),
});

export const ZBlockActions = z.object({
  type: z.literal('block_actions'),
  team: z.object({ id }).nullable(),
  user: z.object({ id, team_id: id.optional(), name: z.string().optional() }),
  trigger_id: z.string().min(1).max(200).optional(),
  channel: z.object({ id }).optional(),
  container: z.object({ type: z.string(), message_ts: ts.optional(), view_id: z.string().optional() }).loose().optional(),
  message: z.object({ ts, thread_ts: ts.optional() }).loose().optional(),
  response_url: z.url().optional(),
  actions: z.array(ZActionElement).min(1).max(25),
});

const ZStateValue = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_date: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
  selected_options: z.array(z.object({ value: z.string() })).optional(),
  /** conversations_select (a channel picker). */
  selected_conversation: z.string().nullish(),
});

export const ZViewSubmission = z.object({
  type: z.literal('view_submission'),
  team: z.object({ id }).nullable(),
  user: z.object({ id, team_id: id.optional() }),
  view: z.object({
    /** The modal, and its version: a resend of one submission repeats both (see slack-handlers.ts). */
    id: z.string().min(1).max(64).optional(),
    hash: z.string().min(1).max(100).optional(),
    callback_id: z.string().min(1).max(255),
    private_metadata: z.string().max(3000).default(''),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), ZStateValue)) }),
  }).loose(),
});

export const ZMessageShortcut = z.object({
  type: z.literal('message_action'),
  callback_id: z.string().min(1),
  team: z.object({ id }).nullable(),
  user: z.object({ id, team_id: id.optional() }),
  trigger_id: z.string().min(1).max(200),
  channel: z.object({ id }),
  message: z.object({ ts, text: text.optional(), user: id.optional() }).loose(),
  response_url: z.url().optional(),
});

export type SlashCommand = z.infer<typeof ZSlashCommand>;
export type MessageEvent = z.infer<typeof ZMessageEvent>;
export type BlockActions = z.infer<typeof ZBlockActions>;
export type ViewSubmission = z.infer<typeof ZViewSubmission>;
export type MessageShortcut = z.infer<typeof ZMessageShortcut>;
