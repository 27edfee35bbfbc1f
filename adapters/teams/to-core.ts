// A validated Teams activity → the neutral Inbound. Pure: the roster lookup
// (e-mail) happens before, in index.ts, and comes in as `email`.
import { z } from 'zod';
import type { Envelope } from '../../src/core/identity.ts';
import type { Inbound } from '../../src/core/inbound.ts';
import { baseConversationOf, messageRefOf, threadRootOf } from './teams-refs.ts';
import { isPersonal, tenantOf, timeZoneOf, type TeamsActivity } from './teams-activity.ts';
import { FORM_VERB, readFormData, readSelected } from './card-data.ts';

export type Translation = { kind: 'inbound'; inbound: Inbound } | { kind: 'ignored'; reason: string };

const ZExecuteValue = z.object({
  action: z.object({ type: z.string().optional(), verb: z.string().min(1).max(100), data: z.record(z.string(), z.unknown()).default({}) }),
});
const ZSubmitValue = z.record(z.string(), z.unknown());

export function envelopeOf(activity: TeamsActivity, email?: string): Envelope {
  const from = activity.from;
  const personal = isPersonal(activity);
  const timeZone = timeZoneOf(activity);
  const thread = personal ? null : threadRootOf(activity.conversation.id);
  return {
    platform: 'teams',
    platformOrgId: tenantOf(activity),
    person: {
      platformUserId: from.aadObjectId ?? from.id,
      ...(from.name ? { name: from.name } : {}),
      ...(email ? { email } : {}),
      ...(activity.locale ? { locale: activity.locale } : {}),
      ...(timeZone ? { timeZone } : {}),
    },
    room: personal ? { ref: activity.conversation.id, kind: 'dm' } : { ref: baseConversationOf(activity.conversation.id), kind: 'channel' },
    ...(thread ? { threadRef: thread } : {}),
  };
}

/** Strips the bot's <at>mention</at> and surrounding whitespace from typed text. */
function typedText(activity: TeamsActivity): string {
  return (activity.text ?? '').replace(/<at>[^<]*<\/at>/g, '').replace(/<[^>]+>/g, '').trim();
}

/** The app was added here: a team or personal install (installationUpdate), or the bot joined a conversation. */
export function isInstall(activity: TeamsActivity): boolean {
  if (activity.type === 'installationUpdate') return activity.action === 'add';
  return activity.type === 'conversationUpdate' && (activity.membersAdded ?? []).some((m) => m.id === activity.recipient.id);
}

export function toInbound(activity: TeamsActivity, email?: string): Translation {
  const envelope = envelopeOf(activity, email);
  const messageRef = activity.id ? messageRefOf(activity.conversation.id, activity.id) : undefined;
  const sourceRef = activity.replyToId ? messageRefOf(activity.conversation.id, activity.replyToId) : undefined;
  switch (activity.type) {
    case 'message': {
      if (activity.value !== undefined) return fromSubmit(envelope, activity.value, sourceRef);
      const text = typedText(activity);
      if (!messageRef) return { kind: 'ignored', reason: 'bericht zonder id' };
      if (isPersonal(activity)) return { kind: 'inbound', inbound: { type: 'direct_message', envelope, text, messageRef } };
      // In a group chat the bot hears only what @mentions it: a command (help, wie …, mijn partners).
      if (activity.conversation.conversationType === 'groupChat') {
        return text ? { kind: 'inbound', inbound: { type: 'command', envelope, text } } : { kind: 'ignored', reason: 'lege vermelding in groepschat' };
      }
      const threadRef = threadRootOf(activity.conversation.id);
      if (!threadRef || !text) return { kind: 'ignored', reason: 'kanaalbericht buiten een draad' };
      return { kind: 'inbound', inbound: { type: 'thread_reply', envelope, text, messageRef, threadRef } };
    }
    case 'messageUpdate': {
      const text = typedText(activity);
      if (!messageRef || !text) return { kind: 'ignored', reason: 'bewerking zonder tekst' };
      const threadRef = threadRootOf(activity.conversation.id);
      return { kind: 'inbound', inbound: { type: 'message_edited', envelope, text, messageRef, ...(threadRef ? { threadRef } : {}) } };
    }
    case 'invoke':
      return fromInvoke(envelope, activity, sourceRef);
    case 'messageReaction': {
      const reaction = activity.reactionsAdded?.[0]?.type;
      if (!reaction || !sourceRef) return { kind: 'ignored', reason: 'geen toegevoegde reactie' };
      return { kind: 'inbound', inbound: { type: 'reaction_added', envelope, messageRef: sourceRef, reaction } };
    }
    case 'installationUpdate':
      return isInstall(activity) ? { kind: 'inbound', inbound: { type: 'app_installed', envelope } } : { kind: 'ignored', reason: `installatie ${activity.action ?? '?'}` };
    case 'conversationUpdate': {
      const added = activity.membersAdded ?? [];
      if (isInstall(activity)) return { kind: 'inbound', inbound: { type: 'app_installed', envelope } };
      const person = added[0];
      if (!person) return { kind: 'ignored', reason: 'geen nieuwe leden' };
      const joined = { ...envelope, person: { ...envelope.person, platformUserId: person.aadObjectId ?? person.id, ...(person.name ? { name: person.name } : {}) } };
      delete (joined.person as { email?: string }).email;
      return { kind: 'inbound', inbound: { type: 'member_joined', envelope: joined } };
    }
    default:
      return { kind: 'ignored', reason: `activiteit ${activity.type} wordt niet gebruikt` };
  }
}

function fromInvoke(envelope: Envelope, activity: TeamsActivity, sourceRef: string | undefined): Translation {
  if (activity.name === 'adaptiveCard/action') {
    const parsed = ZExecuteValue.safeParse(activity.value);
    if (!parsed.success) return { kind: 'ignored', reason: 'kaartactie zonder verb' };
    const { verb, data } = parsed.data.action;
    return fromData(envelope, verb, data, sourceRef);
  }
  if (activity.name === 'task/submit') {
    const data = z.object({ data: ZSubmitValue }).safeParse(activity.value);
    return data.success ? fromSubmit(envelope, data.data.data, sourceRef) : { kind: 'ignored', reason: 'dialoog zonder gegevens' };
  }
  return { kind: 'ignored', reason: `invoke ${activity.name ?? '?'} wordt niet gebruikt` };
}

/** Action.Submit (message with value) carries the verb in its data as `verb`. */
function fromSubmit(envelope: Envelope, value: unknown, sourceRef: string | undefined): Translation {
  const data = ZSubmitValue.safeParse(value);
  const verb = data.success ? data.data.verb : undefined;
  if (!data.success || typeof verb !== 'string' || verb === '') return { kind: 'ignored', reason: 'Action.Submit zonder verb' };
  return fromData(envelope, verb, data.data, sourceRef);
}

function fromData(envelope: Envelope, verb: string, data: Record<string, unknown>, sourceRef: string | undefined): Translation {
  if (verb === FORM_VERB) {
    const form = readFormData(data);
    if (!form) return { kind: 'ignored', reason: 'formulier zonder formId' };
    return { kind: 'inbound', inbound: { type: 'form_submitted', envelope, ...form } };
  }
  const value = typeof data.value === 'string' ? data.value : '';
  const selected = readSelected(verb, data);
  return {
    kind: 'inbound',
    inbound: { type: 'action', envelope, actionId: verb, value, ...(selected ? { selected } : {}), ...(sourceRef ? { messageRef: sourceRef } : {}) },
  };
}
