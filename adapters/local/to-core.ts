// Playground requests → neutral Inbound. Request bodies are validated here with
// Dutch messages; the router answers 400 with them.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Inbound } from '../../src/core/inbound.ts';
import type { LocalPerson } from '../../src/core/local-directory.ts';

const as = z.string({ error: 'Geef met "as" aan wie je bent (een staffId uit /playground/api/people).' }).min(1, 'Geef met "as" aan wie je bent (een staffId uit /playground/api/people).');
const text = (what: string) =>
  z.string({ error: `Typ eerst ${what}.` }).trim().min(1, `Typ eerst ${what}.`).max(40_000, 'Dat bericht is te lang (max. 40.000 tekens).');
const ref = z.string({ error: 'Zeg om welk bericht het gaat (messageRef).' }).min(1, 'Zeg om welk bericht het gaat (messageRef).');

export const ZPlaygroundRequest = z.discriminatedUnion(
  'kind',
  [
    z.object({ as, kind: z.literal('command'), text: z.string().trim().max(40_000, 'Die opdracht is te lang.').default('') }),
    z.object({
      as,
      kind: z.literal('thread_reply'),
      channelRef: z.string({ error: 'Zeg in welk kanaal je antwoordt (channelRef).' }).min(1, 'Zeg in welk kanaal je antwoordt (channelRef).'),
      threadRef: z.string({ error: 'Zeg in welke draad je antwoordt (threadRef).' }).min(1, 'Zeg in welke draad je antwoordt (threadRef).'),
      text: text('je antwoord'),
    }),
    z.object({ as, kind: z.literal('message_edited'), messageRef: ref, text: text('de nieuwe tekst') }),
    z.object({
      as,
      kind: z.literal('action'),
      actionId: z.string({ error: 'Welke knop? (actionId ontbreekt)' }).min(1, 'Welke knop? (actionId ontbreekt)').max(100),
      value: z.string().max(2000, 'De waarde van de knop is te lang.').default(''),
      selected: z.array(z.string()).max(100).optional(),
      messageRef: z.string().optional(),
    }),
    z.object({
      as,
      kind: z.literal('form_submitted'),
      formId: z.string({ error: 'Welk formulier? (formId ontbreekt)' }).min(1, 'Welk formulier? (formId ontbreekt)').max(100),
      values: z.record(z.string(), z.union([z.string(), z.array(z.string())]), { error: 'De velden van het formulier ontbreken (values).' }),
    }),
    z.object({ as, kind: z.literal('reaction_added'), messageRef: ref, reaction: z.string().min(1).max(50).default('+1') }),
  ],
  { error: 'Onbekende soort verzoek: kies kind = command, thread_reply, message_edited, action, form_submitted of reaction_added.' },
);
export type PlaygroundRequest = z.infer<typeof ZPlaygroundRequest>;

/** First Dutch message of a failed parse, with the field it is about. */
export function describeRequestError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Ongeldig verzoek.';
  const field = issue.path.join('.');
  return field && !issue.message.includes(field) ? `${issue.message} (veld: ${field})` : issue.message;
}

export interface InboundExtras {
  /** The new ref of a typed message (thread reply). */
  messageRef?: string;
  /** The thread an edited message sits in. */
  threadRef?: string;
  /** Context of the open form (kept server-side, not trusted from the page). */
  formContext?: string;
}

export function toInbound(req: PlaygroundRequest, person: LocalPerson, extras: InboundExtras = {}): Inbound {
  const envelope = { platform: 'local' as const, platformOrgId: '', person: { platformUserId: person.platformUserId, name: person.name } };
  switch (req.kind) {
    case 'command':
      return { type: 'command', envelope, text: req.text, trigger: randomUUID() };
    case 'thread_reply':
      return {
        type: 'thread_reply',
        envelope: { ...envelope, room: { ref: req.channelRef, kind: 'channel' }, threadRef: req.threadRef },
        text: req.text,
        messageRef: extras.messageRef ?? randomUUID(),
        threadRef: req.threadRef,
      };
    case 'message_edited':
      return {
        type: 'message_edited',
        envelope: extras.threadRef ? { ...envelope, threadRef: extras.threadRef } : envelope,
        text: req.text,
        messageRef: req.messageRef,
        ...(extras.threadRef ? { threadRef: extras.threadRef } : {}),
      };
    case 'action':
      return {
        type: 'action',
        envelope,
        actionId: req.actionId,
        value: req.value,
        ...(req.selected ? { selected: req.selected } : {}),
        ...(req.messageRef ? { messageRef: req.messageRef } : {}),
        trigger: randomUUID(),
      };
    case 'form_submitted':
      return { type: 'form_submitted', envelope, formId: req.formId, values: req.values, context: extras.formContext ?? '' };
    case 'reaction_added':
      return { type: 'reaction_added', envelope, messageRef: req.messageRef, reaction: req.reaction };
  }
}
