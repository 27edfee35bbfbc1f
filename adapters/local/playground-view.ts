// What one person sees in the playground, as plain JSON: the API returns it and
// the page renders it. Channels are the person's team channels and celebration
// channel; people outside a team see the celebration channels.
import type { Form } from '../../src/core/form.ts';
import type { Message } from '../../src/core/message.ts';
import type { LocalPerson } from '../../src/core/local-directory.ts';
import type { ChatMessage, PlaygroundState } from './playground-state.ts';

export interface ViewMessage {
  ref: string;
  author: string;
  /** Set for messages people typed, so the page can offer "edit" to their author. */
  authorStaffId: string | null;
  message: Message;
  at: string;
  edited: boolean;
  reactions: { name: string; reaction: string }[];
  thread: ViewMessage[];
}

export interface PlaygroundView {
  now: string;
  person: LocalPerson;
  channels: { ref: string; name: string; messages: ViewMessage[] }[];
  dms: ViewMessage[];
  ephemerals: { ref: string; message: Message; at: string }[];
  openForm?: Form;
}

export function channelName(ref: string): string {
  return `#${ref.replace(/^local:/, '')}`;
}

export function channelRefsOf(person: LocalPerson, everyone: LocalPerson[]): string[] {
  const own = person.teams.flatMap((t) => [t.channelRef, t.celebrationChannelRef]);
  const refs = own.some(Boolean) ? own : everyone.flatMap((p) => p.teams.map((t) => t.celebrationChannelRef));
  return [...new Set(refs.filter((r): r is string => Boolean(r)))];
}

function toView(m: ChatMessage, botName: string): ViewMessage {
  return {
    ref: m.ref,
    author: m.author?.name ?? botName,
    authorStaffId: m.author?.staffId ?? null,
    message: m.message,
    at: m.at.toISOString(),
    edited: m.edited,
    reactions: m.reactions.map((r) => ({ name: r.name, reaction: r.reaction })),
    thread: m.thread.map((t) => toView(t, botName)),
  };
}

export function buildPlaygroundView(
  state: PlaygroundState,
  person: LocalPerson,
  everyone: LocalPerson[],
  now: Date,
  botName: string,
): PlaygroundView {
  const openForm = state.openForms.get(person.staffId);
  return {
    now: now.toISOString(),
    person,
    channels: channelRefsOf(person, everyone).map((ref) => ({
      ref,
      name: channelName(ref),
      messages: (state.channels.get(ref) ?? []).map((m) => toView(m, botName)),
    })),
    dms: (state.dms.get(person.staffId) ?? []).map((m) => toView(m, botName)),
    ephemerals: (state.ephemerals.get(person.staffId) ?? []).map((e) => ({ ref: e.ref, message: e.message, at: e.at.toISOString() })),
    ...(openForm ? { openForm } : {}),
  };
}
