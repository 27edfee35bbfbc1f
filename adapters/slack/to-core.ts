// Slack payload → neutral Inbound. Platform refs are made unambiguous as
// `<channel>:<ts>` (a ts is only unique within its channel). Returns null for
// what is not the bot's business (bot messages, channel chatter outside threads).
import type { Inbound } from '../../src/core/inbound.ts';
import { ACTION_SUFFIX } from './render.ts';
import type { BlockActions, MessageEvent, MessageShortcut, SlashCommand, ViewSubmission } from './slack-payloads.ts';

export const SHARE_SUCCESS_CALLBACK = 'share_success';
/** Ids of the elements we render: `feature.name`, optionally with the uniqueness suffix. */
const OUR_ACTION_ID = /^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+(::\d+)?$/;

export const messageRef = (channel: string, ts: string): string => `${channel}:${ts}`;

function envelope(teamId: string, userId: string, room?: { ref: string; kind: 'channel' | 'dm' }, threadRef?: string) {
  return {
    platform: 'slack' as const,
    platformOrgId: teamId,
    person: { platformUserId: userId },
    ...(room ? { room } : {}),
    ...(threadRef ? { threadRef } : {}),
  };
}

const roomOf = (channel: string, im = channel.startsWith('D')) => ({ ref: channel, kind: im ? ('dm' as const) : ('channel' as const) });

export function commandToCore(c: SlashCommand): Inbound {
  return { type: 'command', envelope: envelope(c.team_id, c.user_id, roomOf(c.channel_id)), text: c.text.trim(), trigger: c.trigger_id };
}

export function messageToCore(e: MessageEvent, teamId: string): Inbound | null {
  if (e.subtype === 'message_changed') return editToCore(e, teamId);
  // Bot posts (ours and others'), joins, deletions and other system subtypes are not answers.
  if (e.bot_id || (e.subtype && !['thread_broadcast', 'file_share'].includes(e.subtype))) return null;
  if (!e.user || !e.text || e.text.trim() === '') return null;
  const ref = messageRef(e.channel, e.ts);
  const inThread = e.thread_ts !== undefined && e.thread_ts !== e.ts;
  if (e.channel_type === 'im') {
    return { type: 'direct_message', envelope: envelope(teamId, e.user, roomOf(e.channel, true)), text: e.text, messageRef: ref };
  }
  if (!inThread) return null;
  const threadRef = messageRef(e.channel, e.thread_ts!);
  return { type: 'thread_reply', envelope: envelope(teamId, e.user, roomOf(e.channel, false), threadRef), text: e.text, messageRef: ref, threadRef };
}

function editToCore(e: MessageEvent, teamId: string): Inbound | null {
  const m = e.message;
  if (!m?.user || m.bot_id || m.text === undefined) return null;
  // Slack also sends message_changed for unfurls and reply counts: only a changed text is an edit.
  if (e.previous_message?.text === m.text) return null;
  const threadRef = m.thread_ts && m.thread_ts !== m.ts ? messageRef(e.channel, m.thread_ts) : undefined;
  return {
    type: 'message_edited',
    envelope: envelope(teamId, m.user, roomOf(e.channel, e.channel_type === 'im'), threadRef),
    text: m.text,
    messageRef: messageRef(e.channel, m.ts),
    ...(threadRef ? { threadRef } : {}),
  };
}

/** null when the action id is not one we rendered (the caller answers 400). */
export function actionToCore(a: BlockActions): Inbound | null {
  const action = a.actions[0]!;
  if (!OUR_ACTION_ID.test(action.action_id)) return null;
  const channel = a.channel?.id;
  const ts = a.message?.ts ?? a.container?.message_ts;
  const selected = action.selected_options?.map((o) => o.value) ?? (action.selected_option ? [action.selected_option.value] : undefined);
  const value = action.value === '-' ? '' : (action.value ?? selected?.[0] ?? action.selected_date ?? '');
  return {
    type: 'action',
    envelope: envelope(teamOf(a), a.user.id, channel ? roomOf(channel) : undefined),
    actionId: action.action_id.replace(ACTION_SUFFIX, ''),
    value,
    ...(selected ? { selected } : {}),
    ...(channel && ts ? { messageRef: messageRef(channel, ts) } : {}),
    ...(a.trigger_id ? { trigger: a.trigger_id } : {}),
  };
}

export function viewToCore(v: ViewSubmission): Inbound {
  const values: Record<string, string | string[]> = {};
  for (const [blockId, elements] of Object.entries(v.view.state.values)) {
    const el = Object.values(elements)[0];
    if (!el) continue;
    if (el.selected_options) values[blockId] = el.selected_options.map((o) => o.value);
    else if (el.selected_option !== undefined) values[blockId] = el.selected_option?.value ?? '';
    else if (el.selected_date !== undefined) values[blockId] = el.selected_date ?? '';
    else if (el.selected_conversation !== undefined) values[blockId] = el.selected_conversation ?? '';
    else values[blockId] = el.value ?? '';
  }
  return { type: 'form_submitted', envelope: envelope(teamOf(v), v.user.id), formId: v.view.callback_id, values, context: v.view.private_metadata };
}

/**
 * "Deel als succes" on any message → success.open with the message's ref: the core
 * pre-fills the form when that message is someone's check-in answer, else it starts empty.
 */
export function shortcutToCore(s: MessageShortcut): Inbound | null {
  if (s.callback_id !== SHARE_SUCCESS_CALLBACK) return null;
  return {
    type: 'action',
    envelope: envelope(teamOf(s), s.user.id, roomOf(s.channel.id)),
    actionId: 'success.open',
    // The message's text pre-fills the story when it is not a check-in answer.
    value: (s.message.text ?? '').slice(0, 2000),
    messageRef: messageRef(s.channel.id, s.message.ts),
    trigger: s.trigger_id,
  };
}

export function homeOpenedToCore(teamId: string, userId: string): Inbound {
  return { type: 'home_opened', envelope: envelope(teamId, userId) };
}

export function joinedToCore(teamId: string, userId: string, channel: string, kind: 'member_joined' | 'app_installed'): Inbound {
  return { type: kind, envelope: envelope(teamId, userId, roomOf(channel)) };
}

export function reactionToCore(teamId: string, userId: string, channel: string, ts: string, reaction: string): Inbound {
  return { type: 'reaction_added', envelope: envelope(teamId, userId, roomOf(channel)), messageRef: messageRef(channel, ts), reaction };
}

function teamOf(p: { team: { id: string } | null; user: { team_id?: string | undefined } }): string {
  return p.team?.id ?? p.user.team_id ?? '';
}
